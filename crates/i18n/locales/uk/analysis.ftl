## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = Аналіз
analysis-empty = Для цієї сфери дій аналізу ще немає.
analysis-how-to-comment = Ви можете коментувати кожен абзац і відповідати на коментарі.
analysis-paragraph-link = Посилання на абзац { $number }
analysis-comments-heading = Коментарі до абзацу { $number }
analysis-comment-count = { $count ->
    [0] Коментарів ще немає
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментарів
}
analysis-removed-heading = Коментарі до видалених абзаців
analysis-removed-text = Цих абзаців більше немає в аналізі. Коментарі до них і далі можна прочитати.
analysis-proposals-link = Пропозиції цілей і заходів у цій сфері дій
analysis-field-link = Читати й коментувати аналіз
analysis-process-link = До аналізу окремих сфер дій

comment-none = Коментарів ще немає.
comment-write = Написати коментар
comment-label-paragraph = Ваш коментар до абзацу { $number }
comment-hint = Не більше ніж 5000 символів. Можна використовувати просте форматування: **жирний**, *курсив*, списки й посилання.
comment-submit = Опублікувати коментар
comment-reply = Відповісти
comment-reply-label = Ваша відповідь для { $name }
comment-reply-submit = Опублікувати відповідь
comment-author-deleted = видалений обліковий запис
comment-edited = відредаговано
comment-earlier-version = Цей коментар стосується попередньої версії абзацу.
comment-hidden = Приховано модерацією. Причина: { $reason }
comment-deleted = Видалено автором коментаря.
comment-edit = Редагувати
comment-delete = Видалити
comment-report = Поскаржитися
comment-access-sign-in = Щоб коментувати, потрібно ввійти.
comment-access-sign-in-link = Увійти зараз
comment-access-choose-name = Перш ніж коментувати, будь ласка, виберіть ім’я. Воно стоятиме біля Ваших коментарів.
comment-access-choose-name-link = Вибрати ім’я
comment-access-not-yet = Читати можна вже зараз. Початок коментування: { $date }
comment-access-closed = Етап участі завершено. Писати нові коментарі вже не можна. Усе написане й далі можна прочитати.
comment-access-not-yet-short = Початок коментування: { $date }
comment-access-closed-short = Коментування завершено.
comment-refused-title = Це неможливо
comment-error-rate-limited = Ви написали багато дописів за короткий час. Будь ласка, зачекайте кілька хвилин і надішліть ще раз.
comment-error-reply = На цей коментар не можна відповісти. Відповідати можна лише на коментарі, а не на відповіді, і не на видалені чи приховані коментарі.
comment-error-not-author = Змінити або видалити коментар може лише той, хто його написав.
comment-error-too-late = Коментар можна змінити лише протягом перших 15 хвилин. Видалити його можна й пізніше.
comment-error-hidden = Модерація приховала цей коментар. Змінити його більше не можна.
comment-edit-title = Редагувати коментар
comment-edit-intro = Ви можете змінювати свій коментар протягом 15 хвилин. Після цього він залишиться таким, як є.
comment-edit-label = Ваш коментар
comment-edit-save = Зберегти зміни
comment-edit-cancel = Скасувати
comment-back = Назад до допису

report-title = Поскаржитися на допис
report-intro = Цей допис порушує правила, наприклад ображає чи принижує людей? Тоді поскаржтеся на нього. Команда модераторів його перегляне.
report-kind-comment = Коментар
report-kind-proposal = Пропозиція
report-kind-paper = Позиційний документ
report-reason = Чому Ви скаржитеся на цей допис?
report-reason-hint = Не більше ніж 1000 символів. Автор допису не дізнається, хто поскаржився.
report-reason-required = Будь ласка, напишіть, чому Ви скаржитеся на цей допис.
report-submit = Надіслати скаргу
report-sent-title = Дякуємо за Вашу скаргу
report-sent-text = Вашу скаргу отримано. Команда модераторів перегляне допис.
report-already-hidden = Цей допис уже приховано або видалено.

admin-cocreation-title = Аналіз і модерація
admin-cocreation-none = У Вас немає ролі в жодному процесі участі, яка дозволяла б редагувати аналіз чи модерувати.
admin-cocreation-analysis = Редагувати аналіз сфер дій
admin-analysis-title = Аналіз: { $field }
admin-analysis-hint = Напишіть увесь текст у форматі Markdown. Відокремлюйте абзаци порожнім рядком; кожен абзац отримує номер і власні коментарі. Якщо Ви зміните абзац, його коментарі збережуться з позначкою «до попередньої версії». Переклад повинен мати стільки ж абзаців, скільки німецький текст.
admin-analysis-german-required = Будь ласка, введіть німецький текст.
admin-analysis-saved = Збережено. Без змін: { $kept }, змінено: { $changed }, нових: { $added }, видалено: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [one] { $count } абзац
        [few] { $count } абзаци
        [many] { $count } абзаців
       *[other] { $count } абзаців
    } замість { $german }. Цей переклад не збережено. Будь ласка, зробіть у ньому стільки ж абзаців, скільки в німецькому тексті.
admin-analysis-public = Переглянути публічну сторінку

admin-moderation-title = Модерація
admin-moderation-open-count = { $count ->
    [0] немає відкритих скарг
    [one] { $count } відкрита скарга
    [few] { $count } відкриті скарги
    [many] { $count } відкритих скарг
   *[other] { $count } відкритих скарг
}
admin-moderation-reports = Відкриті скарги
admin-moderation-no-reports = Відкритих скарг немає.
admin-moderation-reason = Причина скарги
admin-moderation-author = Хто написав
admin-moderation-text = Текст, на який поскаржилися
admin-moderation-hidden-reason = Причина приховування
admin-moderation-view = Переглянути на сторінці
admin-moderation-open-pdf = Відкрити файл PDF
admin-moderation-public-reason = Публічна причина приховування
admin-moderation-public-reason-hint = Усі бачитимуть цю причину замість допису.
admin-moderation-reason-required = Будь ласка, вкажіть причину. Її буде показано замість допису.
admin-moderation-hide = Приховати
admin-moderation-dismiss = Відхилити скаргу
admin-moderation-hidden = Приховані дописи
admin-moderation-none-hidden = Нічого не приховано.
admin-moderation-unhide = Показати знову
admin-moderation-done-hidden = Допис приховано. Скарги на нього опрацьовано.
admin-moderation-done-shown = Допис знову видно.
admin-moderation-done-dismissed = Скаргу відхилено.

## Proposals of goals and measures, supports, position papers, and the organiser's answers.

proposals-trail = Ви тут
proposals-heading = Пропозиції
proposals-field-title = Пропозиції: { $field }
proposals-intro = Тут Ви можете запропонувати цілі та заходи для цієї сфери дій і підтримати пропозиції інших. Організаторка публічно відповідає на кожну пропозицію.
proposals-count = { $count ->
    [0] Пропозицій ще немає.
    [one] Є { $count } пропозиція.
    [few] Є { $count } пропозиції.
    [many] Є { $count } пропозицій.
   *[other] Є { $count } пропозицій.
}
proposals-by = від
proposals-kind = Що Ви пропонуєте?
proposals-kind-goal = Ціль
proposals-kind-measure = Захід
proposals-kind-missing = Будь ласка, виберіть, що Ви пропонуєте: ціль чи захід.
proposals-title-label = Назва
proposals-title-hint = Одне коротке речення про суть пропозиції. Не більше ніж 200 символів.
proposals-title-missing = Будь ласка, введіть назву.
proposals-title-too-long = { $max ->
    [one] Назва може містити не більше ніж { $max } символ.
    [few] Назва може містити не більше ніж { $max } символи.
    [many] Назва може містити не більше ніж { $max } символів.
   *[other] Назва може містити не більше ніж { $max } символів.
}
proposals-text-label = Ваша пропозиція
proposals-text-hint = Опишіть, що має відбутися і чому. Можна використовувати просте форматування: **жирний** і списки з «- » на початку рядка. Не більше ніж 5000 символів.
proposals-text-missing = Будь ласка, опишіть Вашу пропозицію.
proposals-text-too-long = { $max ->
    [one] Текст може містити не більше ніж { $max } символ.
    [few] Текст може містити не більше ніж { $max } символи.
    [many] Текст може містити не більше ніж { $max } символів.
   *[other] Текст може містити не більше ніж { $max } символів.
}
proposals-propose-heading = Внести пропозицію
proposals-submit = Надіслати пропозицію
proposals-too-many = Ви написали дуже багато за короткий час. Будь ласка, зачекайте кілька хвилин і спробуйте ще раз.
proposals-need-name = Перш ніж щось написати, будь ласка, виберіть ім’я, яке стоятиме біля Ваших дописів.
proposals-choose-name = Вибрати ім’я
proposals-sign-in-to-propose = Щоб внести пропозицію або підтримати її, будь ласка, увійдіть. Вам потрібна лише адреса електронної пошти.
proposals-sign-in = Увійти
proposals-opens-later = Період, коли можна вносити й підтримувати пропозиції: { $start } – { $end }
proposals-phase-over = Етап участі завершено. Вносити чи підтримувати пропозиції вже не можна. Пропозиції та відповіді організаторки можна й далі читати.
proposals-no-phase = У цьому процесі немає етапу участі. Тут можна прочитати пропозиції.
proposals-deleted-participant = видалений обліковий запис
proposals-deleted = Видалено автором пропозиції.
proposals-hidden = Приховано модерацією. Причина: { $reason }
proposals-number = Пропозиція № { $id }
proposals-state-open = Ще без відповіді
proposals-state-adopted = Прийнято
proposals-state-merged = Об’єднано
proposals-state-not-adopted = Не прийнято
proposals-supports = { $count ->
    [0] Ще немає голосів підтримки
    [one] { $count } голос підтримки
    [few] { $count } голоси підтримки
    [many] { $count } голосів підтримки
   *[other] { $count } голосів підтримки
}
proposals-edited = змінено
proposals-support = Підтримати цю пропозицію
proposals-withdraw = Відкликати мою підтримку
proposals-you-support = Ви підтримуєте цю пропозицію.
proposals-own-support = Це Ваша власна пропозиція. Підтримати її самостійно не можна. Число показує, скільки інших людей її підтримують.
proposals-support-answered = Організаторка вже відповіла на цю пропозицію. Надати чи відкликати підтримку вже не можна.
proposals-sign-in-to-support = Увійдіть, щоб підтримати цю пропозицію
proposals-edit-until = Змінити (до { $time })
proposals-delete = Видалити мою пропозицію
proposals-answer-heading = Відповідь організаторки
proposals-not-answered = Організаторка ще не відповіла на цю пропозицію.
proposals-answered-on = Дата відповіді: { $date }
proposals-adopted-into = Пропозицію прийнято. Тепер вона є частиною плану дій як:
proposals-merged-into = Пропозицію об’єднано з подібною пропозицією:
proposals-reason = Обґрунтування
proposals-answer-text = Пояснення
proposals-edit-title = Змінити пропозицію
proposals-edit-intro = Ви можете змінювати свою пропозицію протягом 15 хвилин після надсилання.
proposals-save = Зберегти зміни
proposals-back = Назад до пропозиції
proposals-edit-too-late = Пропозицію можна змінити лише протягом перших 15 хвилин після надсилання. Цей час минув.
proposals-edit-answered = Організаторка вже відповіла на цю пропозицію. Змінити її більше не можна.
proposals-analysis-link = До аналізу цієї сфери дій
proposals-report = Поскаржитися на цю пропозицію
proposals-comments-heading = Коментарі
proposals-comment-label = Ваш коментар до цієї пропозиції
proposals-comments-closed = Коментувати цю пропозицію вже не можна.
proposals-field-link = { $count ->
    [0] Пропозиції: ще немає
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозицій
}

papers-link = Позиційні документи організацій
papers-title = Позиційні документи
papers-intro = Об’єднання, ініціативи та інші організації можуть додати позиційний документ у форматі PDF. Усі можуть читати ці документи.
papers-list-heading = Отримані документи
papers-count = { $count ->
    [0] Документів ще немає.
    [one] Є { $count } документ.
    [few] Є { $count } документи.
    [many] Є { $count } документів.
   *[other] Є { $count } документів.
}
papers-number = Документ № { $id }
papers-download = Завантажити «{ $title }» (PDF, { $size })
papers-size-kb = { $size } КБ
papers-size-mb = { $whole },{ $tenth } МБ
papers-upload-heading = Додати позиційний документ
papers-organisation = Організація
papers-organisation-hint = Назва Вашого об’єднання, ініціативи чи організації.
papers-organisation-missing = Будь ласка, введіть назву організації.
papers-title-label = Назва документа
papers-title-missing = Будь ласка, введіть назву документа.
papers-too-long = { $max ->
    [one] Тут можна ввести не більше ніж { $max } символ.
    [few] Тут можна ввести не більше ніж { $max } символи.
    [many] Тут можна ввести не більше ніж { $max } символів.
   *[other] Тут можна ввести не більше ніж { $max } символів.
}
papers-summary = Короткий зміст
papers-summary-hint = Кілька речень про те, про що йдеться в документі. Не більше ніж 1000 символів.
papers-summary-too-long = { $max ->
    [one] Короткий зміст може містити не більше ніж { $max } символ.
    [few] Короткий зміст може містити не більше ніж { $max } символи.
    [many] Короткий зміст може містити не більше ніж { $max } символів.
   *[other] Короткий зміст може містити не більше ніж { $max } символів.
}
papers-field = Сфера дій
papers-field-none = Уся концепція
papers-field-unknown = Будь ласка, виберіть сферу дій зі списку.
papers-file = Файл PDF
papers-file-hint = Лише файли PDF, не більше ніж 10 МБ. Файл не може містити скриптів, вкладених файлів чи відео.
papers-file-missing = Будь ласка, виберіть файл PDF.
papers-file-not-pdf = Цей файл не у форматі PDF. Будь ласка, виберіть файл PDF.
papers-file-too-large = Файл більший за 10 МБ. Будь ласка, зменште його, наприклад, використавши менше зображень або менші зображення.
papers-file-active = Цей PDF містить скрипти, вкладені файли або відео. З міркувань безпеки ми не приймаємо такі файли. Будь ласка, збережіть його ще раз без цих елементів, наприклад через «Друк у PDF».
papers-file-uncheckable = Ми не можемо перевірити цей PDF, бо його частини зашифровано або упаковано незвичним способом. Будь ласка, збережіть його ще раз, наприклад через «Друк у PDF».
papers-file-broken = Файл надійшов не повністю. Будь ласка, спробуйте ще раз.
papers-submit = Додати документ
papers-submitted = Дякуємо! Ваш документ тепер є в списку.
papers-sign-in-to-upload = Щоб додати позиційний документ, будь ласка, увійдіть.
papers-proposals-heading = Пропозиції за сферами дій
papers-report = Поскаржитися на цей документ

admin-proposals-title = Пропозиції
admin-proposals-no-processes = Ви не відповідаєте на пропозиції в жодному процесі.
admin-proposals-waiting = { $count ->
    [0] жодна не чекає на відповідь
    [one] { $count } чекає на відповідь
    [few] { $count } чекають на відповідь
    [many] { $count } чекають на відповідь
   *[other] { $count } чекають на відповідь
}
admin-proposals-of = Пропозиції: { $process }
admin-proposals-kind = Тип
admin-proposals-status = Стан
admin-proposals-answer-title = Відповісти на пропозицію: { $title }
admin-proposals-state = Відповідь
admin-proposals-all = Усі
admin-proposals-filter = Показати
admin-proposals-field = Сфера дій
admin-proposals-author = Хто запропонував
admin-proposals-supports = Голоси підтримки
admin-proposals-choice = № { $id }: { $title }
admin-proposals-saved = Відповідь опубліковано. Автор пропозиції та всі, хто її підтримав, отримають лист.
admin-proposals-back = Усі пропозиції процесу
admin-proposals-public = Публічна сторінка пропозиції
admin-proposals-answer = Публічна відповідь
admin-proposals-answer-hint = Відповідь з’явиться на сторінці пропозиції і надійде листом авторові пропозиції та всім, хто її підтримав. Якщо пропозицію не прийнято, вкажіть причину.
admin-proposals-measures = З неї виникли такі заходи
admin-proposals-measures-hint = Лише для «Прийнято»: виберіть щонайменше один захід плану дій.
admin-proposals-no-measures = У плані дій ще немає заходів. Спочатку створіть їх.
admin-proposals-merged-into = Об’єднано з
admin-proposals-merged-into-hint = Лише для «Об’єднано»: виберіть пропозицію, з якою об’єднано цю.
admin-proposals-merged-none = (жодної)
admin-proposals-publish = Опублікувати відповідь
admin-proposals-state-missing = Будь ласка, виберіть відповідь: прийнято, об’єднано або не прийнято.
admin-proposals-reason-missing = Будь ласка, вкажіть, чому пропозицію не прийнято.
admin-proposals-answer-missing = Будь ласка, напишіть публічну відповідь.
admin-proposals-answer-too-long = { $max ->
    [one] Відповідь може містити не більше ніж { $max } символ.
    [few] Відповідь може містити не більше ніж { $max } символи.
    [many] Відповідь може містити не більше ніж { $max } символів.
   *[other] Відповідь може містити не більше ніж { $max } символів.
}
admin-proposals-measure-missing = Будь ласка, виберіть щонайменше один захід, яким стала пропозиція.
admin-proposals-measure-unknown = Будь ласка, вибирайте лише заходи цього процесу.
admin-proposals-merge-missing = Будь ласка, виберіть пропозицію, з якою об’єднано цю.
admin-proposals-merge-invalid = Цю пропозицію вибрати не можна. Виберіть іншу видиму пропозицію цього процесу, яку саму не об’єднано з цією.

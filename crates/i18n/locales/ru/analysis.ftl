## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = Анализ
analysis-empty = Для этого направления деятельности анализа пока нет.
analysis-how-to-comment = Вы можете прокомментировать каждый абзац и ответить на комментарии.
analysis-paragraph-link = Ссылка на абзац { $number }
analysis-comments-heading = Комментарии к абзацу { $number }
analysis-comment-count = { $count ->
    [0] Комментариев пока нет
    [one] { $count } комментарий
    [few] { $count } комментария
    [many] { $count } комментариев
   *[other] { $count } комментария
}
analysis-removed-heading = Комментарии к удалённым абзацам
analysis-removed-text = Этих абзацев больше нет в анализе. Комментарии к ним по-прежнему можно прочитать.
analysis-proposals-link = Предложения целей и мер по этому направлению деятельности
analysis-field-link = Читать и комментировать анализ
analysis-process-link = К анализу отдельных направлений деятельности

comment-none = Комментариев пока нет.
comment-write = Написать комментарий
comment-label-paragraph = Ваш комментарий к абзацу { $number }
comment-hint = Не более 5000 символов. Можно использовать простое форматирование: **жирный шрифт**, *курсив*, списки и ссылки.
comment-submit = Опубликовать комментарий
comment-reply = Ответить
comment-reply-label = Ваш ответ на комментарий пользователя { $name }
comment-reply-submit = Опубликовать ответ
comment-author-deleted = учётная запись удалена
comment-edited = изменено
comment-earlier-version = Этот комментарий относится к более ранней версии абзаца.
comment-hidden = Скрыто модераторами. Причина: { $reason }
comment-deleted = Удалено автором.
comment-edit = Редактировать
comment-delete = Удалить
comment-report = Пожаловаться
comment-access-sign-in = Чтобы оставлять комментарии, нужно войти.
comment-access-sign-in-link = Войти
comment-access-choose-name = Прежде чем оставить комментарий, пожалуйста, выберите имя. Оно будет указано рядом с Вашими комментариями.
comment-access-choose-name-link = Выбрать имя
# { $date } ends in «г.», which also closes the sentence.
comment-access-not-yet = Начало приёма комментариев: { $date } Читать можно уже сейчас.
comment-access-closed = Этап участия завершён. Писать комментарии больше нельзя. Всё по-прежнему можно прочитать.
# { $date } ends in «г.», which also closes the sentence.
comment-access-not-yet-short = Начало приёма комментариев: { $date }
comment-access-closed-short = Комментарии больше не принимаются.
comment-refused-title = Это невозможно
comment-error-rate-limited = За короткое время Вы написали много сообщений. Пожалуйста, подождите несколько минут и отправьте ещё раз.
comment-error-reply = На этот комментарий ответить нельзя. Отвечать можно только на комментарии, но не на ответы и не на удалённые или скрытые комментарии.
comment-error-not-author = Изменить или удалить комментарий может только его автор.
comment-error-too-late = Комментарий можно изменить только в течение первых 15 минут. Удалить его можно и позже.
comment-error-hidden = Модераторы скрыли этот комментарий. Изменить его больше нельзя.
comment-edit-title = Редактировать комментарий
comment-edit-intro = Вы можете изменять свой комментарий в течение 15 минут. После этого он останется таким, как есть.
comment-edit-label = Ваш комментарий
comment-edit-save = Сохранить изменения
comment-edit-cancel = Отмена
comment-back = Вернуться к публикации

report-title = Пожаловаться на публикацию
report-intro = Эта публикация нарушает правила — например, оскорбляет или унижает людей? Тогда пожалуйтесь на неё. Модераторы её проверят.
report-kind-comment = Комментарий
report-kind-proposal = Предложение
report-kind-paper = Позиционный документ
report-reason = Почему Вы жалуетесь на эту публикацию?
report-reason-hint = Не более 1000 символов. Автор публикации не узнает, кто на неё пожаловался.
report-reason-required = Пожалуйста, напишите, почему Вы жалуетесь на эту публикацию.
report-submit = Отправить жалобу
report-sent-title = Спасибо за Вашу жалобу
report-sent-text = Ваша жалоба получена. Модераторы проверят публикацию.
report-already-hidden = Эта публикация уже скрыта или удалена.

admin-cocreation-title = Анализ и модерация
admin-cocreation-none = Ни в одной процедуре участия у Вас нет роли, которая позволяет редактировать анализ или модерировать.
admin-cocreation-analysis = Редактировать анализ направлений деятельности
admin-analysis-title = Анализ: { $field }
admin-analysis-hint = Напишите весь текст в формате Markdown. Разделяйте абзацы пустой строкой; каждый абзац получает номер и свои комментарии. Если Вы измените абзац, комментарии к нему сохранятся и будут отмечены как относящиеся «к более ранней версии». В переводе должно быть столько же абзацев, сколько в немецком тексте.
admin-analysis-german-required = Пожалуйста, введите немецкий текст.
admin-analysis-saved = Сохранено. Без изменений: { $kept }, изменено: { $changed }, новых: { $added }, удалено: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [one] { $count } абзац
        [few] { $count } абзаца
        [many] { $count } абзацев
       *[other] { $count } абзаца
    } вместо { $german }. Этот перевод не сохранён. Пожалуйста, сделайте в нём столько же абзацев, сколько в немецком тексте.
admin-analysis-public = Открыть публичную страницу

admin-moderation-title = Модерация
admin-moderation-open-count = { $count ->
    [0] открытых жалоб нет
    [one] { $count } открытая жалоба
    [few] { $count } открытые жалобы
    [many] { $count } открытых жалоб
   *[other] { $count } открытой жалобы
}
admin-moderation-reports = Открытые жалобы
admin-moderation-no-reports = Открытых жалоб нет.
admin-moderation-reason = Причина жалобы
admin-moderation-author = Автор
admin-moderation-text = Текст, на который пожаловались
admin-moderation-hidden-reason = Причина скрытия
admin-moderation-view = Посмотреть на странице
admin-moderation-open-pdf = Открыть PDF-файл
admin-moderation-public-reason = Публичная причина скрытия
admin-moderation-public-reason-hint = Все увидят эту причину вместо публикации.
admin-moderation-reason-required = Пожалуйста, укажите причину. Она будет показана вместо публикации.
admin-moderation-hide = Скрыть
admin-moderation-dismiss = Отклонить жалобу
admin-moderation-hidden = Скрытые публикации
admin-moderation-none-hidden = Скрытых публикаций нет.
admin-moderation-unhide = Показать снова
admin-moderation-done-hidden = Публикация скрыта. Жалобы на неё закрыты.
admin-moderation-done-shown = Публикация снова видна.
admin-moderation-done-dismissed = Жалоба отклонена.

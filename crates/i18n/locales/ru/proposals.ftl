## Proposals of goals and measures, supports, position papers, and the organiser's answers.

proposals-trail = Вы здесь
proposals-heading = Предложения
proposals-field-title = Предложения: { $field }
proposals-intro = Здесь Вы можете предложить цели и меры для этого направления деятельности и поддержать предложения других. Организатор публично отвечает на каждое предложение.
proposals-count = { $count ->
    [0] Предложений пока нет.
    [one] Подано { $count } предложение.
    [few] Подано { $count } предложения.
    [many] Подано { $count } предложений.
   *[other] Подано { $count } предложения.
}
proposals-by = автор:
proposals-kind = Что Вы предлагаете?
proposals-kind-goal = Цель
proposals-kind-measure = Мера
proposals-kind-missing = Пожалуйста, выберите, что Вы предлагаете: цель или меру.
proposals-title-label = Заголовок
proposals-title-hint = Одна короткая фраза о том, в чём суть. Не более 200 символов.
proposals-title-missing = Пожалуйста, введите заголовок.
proposals-title-too-long = { $max ->
    [one] Заголовок может содержать не более { $max } символа.
    [few] Заголовок может содержать не более { $max } символов.
    [many] Заголовок может содержать не более { $max } символов.
   *[other] Заголовок может содержать не более { $max } символа.
}
proposals-text-label = Ваше предложение
proposals-text-hint = Опишите, что должно произойти и почему. Можно использовать простое форматирование: **жирный шрифт** и списки с «- » в начале строки. Не более 5000 символов.
proposals-text-missing = Пожалуйста, опишите Ваше предложение.
proposals-text-too-long = { $max ->
    [one] Текст может содержать не более { $max } символа.
    [few] Текст может содержать не более { $max } символов.
    [many] Текст может содержать не более { $max } символов.
   *[other] Текст может содержать не более { $max } символа.
}
proposals-propose-heading = Внести предложение
proposals-submit = Отправить предложение
proposals-too-many = За короткое время Вы написали очень много. Пожалуйста, подождите несколько минут и попробуйте ещё раз.
proposals-need-name = Прежде чем что-то написать, пожалуйста, выберите имя, которое будет указано рядом с Вашими публикациями.
proposals-choose-name = Выбрать имя
proposals-sign-in-to-propose = Чтобы внести или поддержать предложение, пожалуйста, войдите. Для этого нужен только адрес электронной почты.
proposals-sign-in = Войти
# { $end } ends in «г.», which also closes the sentence.
proposals-opens-later = Вносить и поддерживать предложения можно в период: { $start } – { $end }
proposals-phase-over = Этап участия завершён. Вносить и поддерживать предложения больше нельзя. Предложения и ответы организатора по-прежнему можно прочитать.
proposals-no-phase = У этой процедуры нет этапа участия. Здесь можно прочитать предложения.
proposals-deleted-participant = учётная запись удалена
proposals-deleted = Удалено автором.
proposals-hidden = Скрыто модераторами. Причина: { $reason }
proposals-number = Предложение № { $id }
proposals-state-open = Ответа пока нет
proposals-state-adopted = Принято
proposals-state-merged = Объединено
proposals-state-not-adopted = Не принято
proposals-supports = { $count ->
    [0] Пока никто не поддержал
    [one] { $count } голос поддержки
    [few] { $count } голоса поддержки
    [many] { $count } голосов поддержки
   *[other] { $count } голоса поддержки
}
proposals-edited = изменено
proposals-support = Поддержать это предложение
proposals-withdraw = Отозвать мою поддержку
proposals-you-support = Вы поддерживаете это предложение.
proposals-own-support = Это Ваше собственное предложение. Поддержать его сами Вы не можете. Число показывает, сколько других людей его поддерживают.
proposals-support-answered = На это предложение уже есть ответ организатора. Поддержку больше нельзя ни дать, ни отозвать.
proposals-sign-in-to-support = Войдите, чтобы поддержать это предложение
proposals-edit-until = Изменить (до { $time })
proposals-delete = Удалить моё предложение
proposals-answer-heading = Ответ организатора
proposals-not-answered = Ответа организатора на это предложение пока нет.
# { $date } ends in «г.», which also closes the sentence.
proposals-answered-on = Дата ответа: { $date }
proposals-adopted-into = Предложение принято. Теперь оно входит в план действий как:
proposals-merged-into = Предложение объединено с похожим предложением:
proposals-reason = Обоснование
proposals-answer-text = Пояснение
proposals-edit-title = Изменить предложение
proposals-edit-intro = Вы можете изменять своё предложение в течение 15 минут после отправки.
proposals-save = Сохранить изменения
proposals-back = Вернуться к предложению
proposals-edit-too-late = Предложение можно изменить только в течение первых 15 минут после отправки. Это время истекло.
proposals-edit-answered = На это предложение уже есть ответ организатора. Изменить его больше нельзя.
proposals-analysis-link = К анализу этого направления деятельности
proposals-report = Пожаловаться на это предложение
proposals-comments-heading = Комментарии
proposals-comment-label = Ваш комментарий к этому предложению
proposals-comments-closed = Комментировать это предложение больше нельзя.
proposals-field-link = { $count ->
    [0] Предложения: пока нет
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}

papers-link = Позиционные документы организаций
papers-title = Позиционные документы
papers-intro = Объединения, инициативы и другие организации могут добавить позиционный документ в виде PDF-файла. Прочитать документы может каждый.
papers-list-heading = Поступившие документы
papers-count = { $count ->
    [0] Документов пока нет.
    [one] Поступил { $count } документ.
    [few] Поступило { $count } документа.
    [many] Поступило { $count } документов.
   *[other] Поступило { $count } документа.
}
papers-number = Документ № { $id }
papers-download = Скачать «{ $title }» (PDF, { $size })
papers-size-kb = { $size } КБ
papers-size-mb = { $whole },{ $tenth } МБ
papers-upload-heading = Добавить позиционный документ
papers-organisation = Организация
papers-organisation-hint = Название Вашего объединения, инициативы или организации.
papers-organisation-missing = Пожалуйста, введите название организации.
papers-title-label = Название документа
papers-title-missing = Пожалуйста, введите название документа.
papers-too-long = { $max ->
    [one] Здесь можно ввести не более { $max } символа.
    [few] Здесь можно ввести не более { $max } символов.
    [many] Здесь можно ввести не более { $max } символов.
   *[other] Здесь можно ввести не более { $max } символа.
}
papers-summary = Краткое содержание
papers-summary-hint = Несколько фраз о том, что написано в документе. Не более 1000 символов.
papers-summary-too-long = { $max ->
    [one] Краткое содержание может содержать не более { $max } символа.
    [few] Краткое содержание может содержать не более { $max } символов.
    [many] Краткое содержание может содержать не более { $max } символов.
   *[other] Краткое содержание может содержать не более { $max } символа.
}
papers-field = Направление деятельности
papers-field-none = Вся концепция
papers-field-unknown = Пожалуйста, выберите направление деятельности из списка.
papers-file = PDF-файл
papers-file-hint = Только PDF-файлы, не более 10 МБ. Файл не должен содержать скрипты, вложенные файлы или видео.
papers-file-missing = Пожалуйста, выберите PDF-файл.
papers-file-not-pdf = Этот файл не в формате PDF. Пожалуйста, выберите PDF-файл.
papers-file-too-large = Файл больше 10 МБ. Пожалуйста, уменьшите его, например оставьте меньше изображений или уменьшите их.
papers-file-active = В PDF-файле есть скрипты, вложенные файлы или видео. Из соображений безопасности мы не принимаем такие файлы. Пожалуйста, сохраните файл заново без этих частей, например с помощью функции «Печать в PDF».
papers-file-uncheckable = Мы не можем проверить этот PDF-файл, потому что его части зашифрованы или упакованы необычным способом. Пожалуйста, сохраните файл заново, например с помощью функции «Печать в PDF».
papers-file-broken = Файл загрузился не полностью. Пожалуйста, попробуйте ещё раз.
papers-submit = Добавить документ
papers-submitted = Спасибо! Ваш документ теперь есть в списке.
papers-sign-in-to-upload = Чтобы добавить позиционный документ, пожалуйста, войдите.
papers-proposals-heading = Предложения по направлениям деятельности
papers-report = Пожаловаться на этот документ

admin-proposals-title = Предложения
admin-proposals-no-processes = Вы не отвечаете на предложения ни в одной процедуре.
admin-proposals-waiting = { $count ->
    [0] ни одно предложение не ждёт ответа
    [one] { $count } предложение ждёт ответа
    [few] { $count } предложения ждут ответа
    [many] { $count } предложений ждут ответа
   *[other] { $count } предложения ждут ответа
}
admin-proposals-of = Предложения: { $process }
admin-proposals-kind = Вид
admin-proposals-status = Статус
admin-proposals-answer-title = Ответить на предложение: { $title }
admin-proposals-state = Ответ
admin-proposals-all = Все
admin-proposals-filter = Показать
admin-proposals-field = Направление деятельности
admin-proposals-author = Автор предложения
admin-proposals-supports = Поддержка
admin-proposals-choice = № { $id }: { $title }
admin-proposals-saved = Ответ опубликован. Автор предложения и все, кто его поддерживает, получат письмо.
admin-proposals-back = Все предложения процедуры
admin-proposals-public = Публичная страница предложения
admin-proposals-answer = Публичный ответ
admin-proposals-answer-hint = Показывается на странице предложения и отправляется по электронной почте автору и всем, кто его поддерживает. Если предложение не принято, укажите причину.
admin-proposals-measures = Меры, в которые вошло предложение
admin-proposals-measures-hint = Только для ответа «Принято»: выберите хотя бы одну меру плана действий.
admin-proposals-no-measures = В плане действий пока нет мер. Сначала создайте их.
admin-proposals-merged-into = Объединено с
admin-proposals-merged-into-hint = Только для ответа «Объединено»: выберите предложение, с которым объединено это предложение.
admin-proposals-merged-none = (нет)
admin-proposals-publish = Опубликовать ответ
admin-proposals-state-missing = Пожалуйста, выберите ответ: принято, объединено или не принято.
admin-proposals-reason-missing = Пожалуйста, укажите, почему предложение не принято.
admin-proposals-answer-missing = Пожалуйста, напишите публичный ответ.
admin-proposals-answer-too-long = { $max ->
    [one] Ответ может содержать не более { $max } символа.
    [few] Ответ может содержать не более { $max } символов.
    [many] Ответ может содержать не более { $max } символов.
   *[other] Ответ может содержать не более { $max } символа.
}
admin-proposals-measure-missing = Пожалуйста, выберите хотя бы одну меру, в которую вошло предложение.
admin-proposals-measure-unknown = Пожалуйста, выбирайте только меры этой процедуры.
admin-proposals-merge-missing = Пожалуйста, выберите предложение, с которым объединено это предложение.
admin-proposals-merge-invalid = Это предложение выбрать нельзя. Выберите другое видимое предложение этой процедуры, которое само не объединено с этим.

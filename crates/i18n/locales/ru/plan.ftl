## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = План действий
plan-read = Открыть план действий со всеми целями и мерами
plan-pdf-link = Скачать план действий в формате PDF
plan-open-data = Открытые данные
plan-empty = В плане действий пока нет целей. Город составит его после этапа участия.
plan-fields = Направления деятельности
plan-field = Направление деятельности
plan-goal = Цель
plan-no-goals = Для этого направления деятельности целей пока нет.
plan-no-measures = Для этой цели мер пока нет.
plan-status = Статус
plan-status-planned = запланировано
plan-status-in-progress = в работе
plan-status-done = выполнено
plan-status-dropped = больше не реализуется
plan-lead-unit = Ответственный
plan-partners = Партнёры
plan-timeframe = Сроки
plan-indicators = Как измеряется успех
plan-latest-update = Последний отчёт:
plan-all-updates = { $count ->
        [one] { $count } отчёт о ходе выполнения
        [few] Все { $count } отчёта о ходе выполнения
        [many] Все { $count } отчётов о ходе выполнения
       *[other] Все { $count } отчёта о ходе выполнения
    }
plan-as-of = По состоянию на: { $date }

plan-based-on = Источники: { $list }.
list-and = { $first } и { $last }
list-comma = { $first }, { $rest }
plan-origin-proposals = { $count ->
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    }
plan-origin-workshop-results = { $count ->
        [one] { $count } результат мероприятий
        [few] { $count } результата мероприятий
        [many] { $count } результатов мероприятий
       *[other] { $count } результата мероприятий
    }
plan-origin-comments = { $count ->
        [one] { $count } комментарий
        [few] { $count } комментария
        [many] { $count } комментариев
       *[other] { $count } комментария
    }
plan-origin-papers = { $count ->
        [one] { $count } позиционный документ
        [few] { $count } позиционных документа
        [many] { $count } позиционных документов
       *[other] { $count } позиционного документа
    }
plan-origin-none = Эту меру предложила городская администрация.
plan-origin-kind-proposal = Предложение
plan-origin-kind-workshop = Результат мероприятия
plan-origin-kind-comment = Комментарий
plan-origin-kind-paper = Позиционный документ
plan-origin-removed = удалено

plan-progress-title = Ход выполнения плана действий
plan-progress-intro = В таблице показано, сколько мер в каждом направлении деятельности запланировано, находится в работе, выполнено или больше не реализуется.
plan-progress-caption = Меры по направлениям деятельности и статусу
plan-total = Всего
plan-share-done = Доля выполненных
plan-percent = { $percent } %
plan-all-fields = Все направления деятельности

plan-results-title = Результаты мероприятий
plan-results-intro = Это записали рабочие группы и участники на досках для заметок во время мероприятий. Наклейки показывают, скольким людям был важен тот или иной пункт.
plan-results-none = Результатов пока нет.
plan-to-plan = К плану действий
plan-pin-board = Доски для заметок
plan-working-group-removed = Рабочая группа
plan-dot-votes = { $count ->
        [one] { $count } наклейка
        [few] { $count } наклейки
        [many] { $count } наклеек
       *[other] { $count } наклейки
    }
plan-result-became = Что из этого вошло в план действий:

plan-admin-nav = План действий и результаты
plan-admin-no-processes = Вы не можете редактировать план действий ни в одной процедуре участия.
plan-admin-edit-plan = Редактировать план действий
plan-admin-results = Внести результаты
plan-admin-title = План действий: { $process }
plan-admin-public-page = Публичная страница
plan-admin-back = Вернуться к плану действий
plan-admin-edit-goal = Редактировать цель
plan-admin-add-goal = Добавить цель
plan-admin-add-measure = Добавить меру
plan-admin-goal-title = Название цели
plan-admin-measure-title = Название меры
plan-admin-description = Описание
plan-admin-goal-heading = Цель: { $goal }
plan-admin-measure-heading = Мера: { $measure }
plan-admin-delete-goal = Удалить цель
plan-admin-delete-goal-text = { $count ->
        [0] У этой цели нет мер.
        [one] Вместе с целью будет удалена и { $count } мера, а также её отчёты и связи.
        [few] Вместе с целью будут удалены и { $count } меры, а также их отчёты и связи.
        [many] Вместе с целью будут удалены и { $count } мер, а также их отчёты и связи.
       *[other] Вместе с целью будут удалены и { $count } меры, а также их отчёты и связи.
    }
plan-admin-delete-measure = Удалить меру
plan-admin-delete-confirm = Да, я хочу это удалить.
plan-admin-texts = Тексты и статус
plan-admin-progress = Ход выполнения
plan-admin-no-updates = Отчётов о ходе выполнения пока нет.
plan-admin-add-update = Добавить отчёт о ходе выполнения
plan-admin-update-date = Дата отчёта
plan-admin-update-note = Что произошло?
plan-admin-origins = Источники
plan-admin-origins-hint = Свяжите меру с публикациями, из которых она возникла. Так каждый сможет проследить, что стало с предложением.
plan-admin-remove-origin = Удалить связь
plan-admin-add-origin = Добавить связь
plan-admin-link = Связать
plan-admin-no-proposals = В этом направлении деятельности нет предложений, которые ещё не связаны с мерой.
plan-admin-no-results = В этом направлении деятельности нет результатов мероприятий, которые ещё не связаны с мерой.
plan-admin-no-papers = Нет позиционных документов, которые ещё не связаны с мерой.
plan-admin-comment-number = Номер комментария
plan-admin-comment-hint = Номер указан в адресе комментария после «#c-».
plan-admin-results-title = Результаты: { $event }
plan-admin-result-edit-title = Изменить результат: { $event }
plan-admin-all-results = Все результаты этого мероприятия
plan-admin-result-record = Внести результат
plan-admin-result-change = Изменить результат
plan-admin-result-group = Рабочая группа или доска для заметок
plan-admin-result-text = Текст
plan-admin-result-text-hint = Запишите, что написано на карточке или в протоколе. Первая строка — заголовок.
plan-admin-result-dots = Наклейки
plan-admin-results-recorded = Внесённые результаты
plan-admin-result-delete = Удалить

plan-admin-error-german = Пожалуйста, напишите текст на немецком языке. Переводы необязательны, но немецкий текст нужен всегда.
plan-admin-error-too-long = { $max ->
    [one] Пожалуйста, напишите не более { $max } символа.
    [few] Пожалуйста, напишите не более { $max } символов.
    [many] Пожалуйста, напишите не более { $max } символов.
   *[other] Пожалуйста, напишите не более { $max } символа.
}
plan-admin-error-text-empty = Пожалуйста, напишите текст.
plan-admin-error-date = Пожалуйста, укажите действительную дату.
plan-admin-error-comment = Комментария с таким номером в этой процедуре участия нет.
plan-admin-error-dot-votes = Пожалуйста, укажите целое число не меньше 0.
plan-admin-error-confirm = Пожалуйста, подтвердите, что хотите удалить.

plan-admin-done-goal-added = Цель добавлена.
plan-admin-done-goal-saved = Цель сохранена.
plan-admin-done-goal-deleted = Цель удалена.
plan-admin-done-measure-added = Мера добавлена. Теперь заполните остальные данные.
plan-admin-done-measure-saved = Мера сохранена.
plan-admin-done-measure-deleted = Мера удалена.
plan-admin-done-update-added = Отчёт сохранён. Теперь у меры статус, указанный в отчёте.
plan-admin-done-origin-added = Связь сохранена.
plan-admin-done-origin-removed = Связь удалена.
plan-admin-done-result-added = Результат внесён.
plan-admin-done-result-saved = Результат сохранён.
plan-admin-done-result-deleted = Результат удалён. Его связи с мерами тоже удалены.

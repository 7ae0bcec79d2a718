## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = План дій
plan-read = До плану дій з усіма цілями та заходами
plan-pdf-link = Завантажити план дій у форматі PDF
plan-open-data = Відкриті дані
plan-empty = У плані дій ще немає цілей. Місто складе його після етапу участі.
plan-fields = Сфери дій
plan-field = Сфера дій
plan-goal = Ціль
plan-no-goals = Для цієї сфери дій ще немає цілей.
plan-no-measures = Для цієї цілі ще немає заходів.
plan-status = Стан
plan-status-planned = заплановано
plan-status-in-progress = виконується
plan-status-done = виконано
plan-status-dropped = припинено
plan-lead-unit = Відповідальний підрозділ
plan-partners = Партнери
plan-timeframe = Строки
plan-indicators = Як вимірюють успіх
plan-latest-update = Останній звіт —
plan-all-updates = { $count ->
        [1] 1 звіт про хід виконання
        [one] Усі { $count } звіт про хід виконання
        [few] Усі { $count } звіти про хід виконання
        [many] Усі { $count } звітів про хід виконання
       *[other] Усі { $count } звітів про хід виконання
    }
plan-as-of = Стан: { $date }

plan-based-on = Основа: { $list }.
list-and = { $first } і { $last }
list-comma = { $first }, { $rest }
plan-origin-proposals = { $count ->
        [one] { $count } пропозиція
        [few] { $count } пропозиції
        [many] { $count } пропозицій
       *[other] { $count } пропозицій
    }
plan-origin-workshop-results = { $count ->
        [one] { $count } результат із зустрічей
        [few] { $count } результати із зустрічей
        [many] { $count } результатів із зустрічей
       *[other] { $count } результатів із зустрічей
    }
plan-origin-comments = { $count ->
        [one] { $count } коментар
        [few] { $count } коментарі
        [many] { $count } коментарів
       *[other] { $count } коментарів
    }
plan-origin-papers = { $count ->
        [one] { $count } позиційний документ
        [few] { $count } позиційні документи
        [many] { $count } позиційних документів
       *[other] { $count } позиційних документів
    }
plan-origin-none = Цей захід визначила міська адміністрація.
plan-origin-kind-proposal = Пропозиція
plan-origin-kind-workshop = Результат зустрічі
plan-origin-kind-comment = Коментар
plan-origin-kind-paper = Позиційний документ
plan-origin-removed = видалено

plan-progress-title = Хід виконання плану дій
plan-progress-intro = Таблиця показує для кожної сфери дій, скільки заходів заплановано, виконується, виконано або припинено.
plan-progress-caption = Заходи за сферами дій і станом
plan-total = Разом
plan-share-done = Частка виконаних
plan-percent = { $percent } %
plan-all-fields = Усі сфери дій

plan-results-title = Результати зустрічей
plan-results-intro = Це записали робочі групи та дошки для нотаток на зустрічах. Наліпки показують, для скількох людей той чи інший пункт був важливим.
plan-results-none = Результатів ще немає.
plan-to-plan = До плану дій
plan-pin-board = Дошки для нотаток
plan-working-group-removed = Робоча група
plan-dot-votes = { $count ->
        [one] { $count } наліпка
        [few] { $count } наліпки
        [many] { $count } наліпок
       *[other] { $count } наліпок
    }
plan-result-became = На основі цього в плані дій з’явилося:

plan-admin-nav = План дій і результати
plan-admin-no-processes = Ви не маєте права редагувати план дій у жодному процесі участі.
plan-admin-edit-plan = Редагувати план дій
plan-admin-results = Внести результати
plan-admin-title = План дій: { $process }
plan-admin-public-page = Публічна сторінка
plan-admin-back = Назад до плану дій
plan-admin-edit-goal = Редагувати ціль
plan-admin-add-goal = Додати ціль
plan-admin-add-measure = Додати захід
plan-admin-goal-title = Назва цілі
plan-admin-measure-title = Назва заходу
plan-admin-description = Опис
plan-admin-goal-heading = Ціль: { $goal }
plan-admin-measure-heading = Захід: { $measure }
plan-admin-delete-goal = Видалити ціль
plan-admin-delete-goal-text = { $count ->
        [0] Ця ціль не має заходів.
        [1] Разом із ціллю буде видалено і її захід, з його звітами та зв’язками.
        [one] Разом із ціллю буде видалено всі її { $count } захід, з їхніми звітами та зв’язками.
        [few] Разом із ціллю буде видалено всі її { $count } заходи, з їхніми звітами та зв’язками.
        [many] Разом із ціллю буде видалено всі її { $count } заходів, з їхніми звітами та зв’язками.
       *[other] Разом із ціллю буде видалено всі її { $count } заходів, з їхніми звітами та зв’язками.
    }
plan-admin-delete-measure = Видалити захід
plan-admin-delete-confirm = Так, я хочу це видалити.
plan-admin-texts = Тексти й стан
plan-admin-progress = Хід виконання
plan-admin-no-updates = Звітів про хід виконання ще немає.
plan-admin-add-update = Додати звіт про хід виконання
plan-admin-update-date = Дата звіту
plan-admin-update-note = Що відбулося?
plan-admin-origins = Походження
plan-admin-origins-hint = Пов’яжіть захід із дописами, з яких він виник. Так кожен зможе простежити, що сталося з пропозицією.
plan-admin-remove-origin = Видалити зв’язок
plan-admin-add-origin = Додати зв’язок
plan-admin-link = Пов’язати
plan-admin-no-proposals = У цій сфері дій немає пропозицій, які ще не пов’язано.
plan-admin-no-results = У цій сфері дій немає результатів зустрічей, які ще не пов’язано.
plan-admin-no-papers = Немає позиційних документів, які ще не пов’язано.
plan-admin-comment-number = Номер коментаря
plan-admin-comment-hint = Номер є в адресі коментаря після «#c-».
plan-admin-results-title = Результати: { $event }
plan-admin-result-edit-title = Змінити результат: { $event }
plan-admin-all-results = Усі результати цієї зустрічі
plan-admin-result-record = Внести результат
plan-admin-result-change = Змінити результат
plan-admin-result-group = Робоча група або дошка для нотаток
plan-admin-result-text = Текст
plan-admin-result-text-hint = Запишіть те, що написано на картці або в протоколі. Перший рядок — це заголовок.
plan-admin-result-dots = Наліпки
plan-admin-results-recorded = Внесені результати
plan-admin-result-delete = Видалити

plan-admin-error-german = Будь ласка, напишіть текст німецькою мовою. Переклади необов’язкові, але німецький текст потрібен завжди.
plan-admin-error-too-long = { $max ->
        [one] Будь ласка, напишіть не більше ніж { $max } символ.
        [few] Будь ласка, напишіть не більше ніж { $max } символи.
        [many] Будь ласка, напишіть не більше ніж { $max } символів.
       *[other] Будь ласка, напишіть не більше ніж { $max } символів.
    }
plan-admin-error-text-empty = Будь ласка, напишіть текст.
plan-admin-error-date = Будь ласка, введіть правильну дату.
plan-admin-error-comment = Коментаря з таким номером у цьому процесі участі немає.
plan-admin-error-dot-votes = Будь ласка, введіть ціле число, не менше за 0.
plan-admin-error-confirm = Будь ласка, підтвердьте, що хочете видалити.

plan-admin-done-goal-added = Ціль додано.
plan-admin-done-goal-saved = Ціль збережено.
plan-admin-done-goal-deleted = Ціль видалено.
plan-admin-done-measure-added = Захід додано. Тепер доповніть інші дані.
plan-admin-done-measure-saved = Захід збережено.
plan-admin-done-measure-deleted = Захід видалено.
plan-admin-done-update-added = Звіт збережено. Тепер стан заходу такий, як зазначено у звіті.
plan-admin-done-origin-added = Зв’язок збережено.
plan-admin-done-origin-removed = Зв’язок видалено.
plan-admin-done-result-added = Результат внесено.
plan-admin-done-result-saved = Результат збережено.
plan-admin-done-result-deleted = Результат видалено. Його зв’язки із заходами теж видалено.

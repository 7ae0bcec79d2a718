## Site chrome

site-name = mitwirken
site-tagline = Участь у житті Вашого міста
skip-to-content = Перейти до змісту
language-switch = Вибрати мову
footer-navigation = Правова інформація та доступність
notice-german-fallback = Деякі матеріали цієї сторінки ще не перекладено Вашою мовою. Їх показано німецькою.
notice-partial-fallback = Деякі частини цієї сторінки ще не перекладено цією мовою. Їх показано звичайною німецькою.
form-send = Надіслати
example-content = Приклад вмісту

## Dates and times

weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п’ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
# неділя, 27 червня 2021 р.
date-long = { $weekday }, { $day } { $month } { $year } р.
# неділя, 27 червня 2021 р., 10:00–16:00
date-time-range = { $date }, { $start }–{ $end }
date-time-range-days = { $startdate }, { $start } – { $enddate }, { $end }
date-time = { $date }, { $time }
date-range = { $start } – { $end }

## Home

home-title = Процеси участі
home-intro = Тут Ви можете дізнатися про процеси участі, зареєструватися на зустрічі й поділитися своїми ідеями.
home-empty = Зараз немає опублікованих процесів участі.

## Process

process-organiser = Організаторка
process-source = Джерело
process-source-link = Прес-реліз міста
process-parts = Дві частини
process-events = Зустрічі
process-no-events = Для цього процесу ще не оголошено жодної зустрічі.
process-calendar = Додати всі дати до Вашого календаря (файл iCal)
process-phases = Етапи
process-fields = Сфери дій
process-current-phase = Поточний етап: { $phase }
process-between-phases = Зараз жоден етап не триває. Наступні кроки описано в розділі «Етапи».
process-finished = Цей процес завершено.
phase-current = зараз
phase-now-information = Зараз Ви можете дізнатися більше про процес.
phase-now-participation = Зараз Ви можете взяти участь: зареєструйтеся на зустріч.
phase-now-evaluation = Зараз опрацьовують результати та складають план дій.
phase-now-council_decision = Зараз міська рада ухвалює рішення щодо плану дій.
phase-now-implementation = Зараз план дій втілюють у життя.

## Events

event-when = Дата і час
event-where = Місце
event-audience = Для кого
event-reserved-groups = Ця зустріч лише для таких груп:
event-places = Місця
event-deadline = Кінцевий термін реєстрації
event-fee = Вартість
event-on-site = Що врахувати на місці
event-register = Зареєструватися
event-calendar = Додати до календаря
event-about = Про зустріч
event-working-groups = Робочі групи
access-open = Для всіх охочих
access-reserved = Для визначених груп
access-invitation = Лише за запрошенням
places-left = { $count ->
    [0] Усі місця зайнято (усього місць: { $capacity }).
    [one] Залишилося { $count } вільне місце з { $capacity }
    [few] Залишилося { $count } вільні місця з { $capacity }
    [many] Залишилося { $count } вільних місць з { $capacity }
   *[other] Залишилося { $count } вільних місць з { $capacity }
}
fee-free = безкоштовно
fee-amount = { $euros },{ $cents } євро
registration-open = Реєстрація відкрита
registration-open-until = Останній день реєстрації: { $deadline }
registration-not-yet-open = Реєстрація ще не відкрита
registration-opens-at = Початок реєстрації: { $opens }.
registration-closed = Реєстрацію закрито
registration-closed-since = Кінцевий термін реєстрації минув: { $deadline }
registration-full = Місць немає
registration-full-detail = Усі місця зайнято.
registration-waiting-list = Місць немає – список очікування
registration-cancelled = Скасовано
registration-cancelled-detail = Ця зустріч не відбудеться.

## Registration

register-title = Реєстрація
register-title-event = Реєстрація: { $event }
register-full = На жаль, усі місця зайнято, а списку очікування немає.
form-required-note = Поля без позначки «необов’язково» потрібно заповнити.
form-about-you = Про Вас
form-given-name = Ім’я
form-family-name = Прізвище
form-email = Адреса електронної пошти
form-phone = Номер телефону
form-language = Якою мовою нам Вам писати?
form-language-hint = Ми надсилатимемо Вам листи цією мовою.
form-organisation-legend = Ваша організація
form-organisation = Організація або об’єднання
form-eligible-group = До якої групи Ви належите?
form-eligible-group-hint = Ця зустріч призначена для визначених груп. Організаторка перевірить Вашу відповідь.
form-optional = (необов’язково)
form-choose = Виберіть
form-invitation-code = Код запрошення
form-working-group = Робоча група
form-working-group-hint = Ви можете вибрати робочу групу. Кількість місць у кожній групі обмежена.
form-working-group-none = Ще не вибрано
form-needs = Що Вам потрібно, щоб узяти участь?
form-interpretation = Мені потрібен переклад такою мовою
form-sign-language = Мені потрібен переклад жестовою мовою.
form-step-free = Мені потрібен доступ без сходинок.
form-other-needs = Інше
form-questions = Інші запитання від організаторки
form-privacy = Захист даних
form-consent = Я погоджуюся на обробку моїх даних для цієї зустрічі.
form-consent-hint = Ми використовуємо Ваші дані лише для цієї зустрічі, а потім видаляємо їх. Докладніше:
form-submit = Надіслати реєстрацію
form-error-summary = { $count ->
    [one] Будь ласка, виправте { $count } помилку:
    [few] Будь ласка, виправте { $count } помилки:
    [many] Будь ласка, виправте { $count } помилок:
   *[other] Будь ласка, виправте { $count } помилок:
}
form-error-required = Будь ласка, заповніть це поле.
form-error-email = Будь ласка, введіть правильну адресу електронної пошти, наприклад name@beispiel.de.
form-error-too-long = { $count ->
    [one] Будь ласка, напишіть не більше ніж { $count } символ.
    [few] Будь ласка, напишіть не більше ніж { $count } символи.
    [many] Будь ласка, напишіть не більше ніж { $count } символів.
   *[other] Будь ласка, напишіть не більше ніж { $count } символів.
}
form-error-choice = Будь ласка, виберіть один із запропонованих варіантів.
form-error-phone = Будь ласка, використовуйте лише цифри, пробіли та символи + - / ( ).
form-error-code = Цей код запрошення недійсний або вже використаний.
form-error-group-full = У цій робочій групі вже немає місць. Будь ласка, виберіть іншу.
sent-title = Майже готово
sent-check-mail = Будь ласка, перевірте Вашу електронну пошту.
sent-text = Ми надіслали Вам лист. Будь ласка, натисніть посилання в листі, щоб підтвердити реєстрацію.
sent-hold = { $count ->
    [one] Якщо вільне місце ще є, ми притримаємо його для Вас на { $count } хвилину.
    [few] Якщо вільне місце ще є, ми притримаємо його для Вас на { $count } хвилини.
    [many] Якщо вільне місце ще є, ми притримаємо його для Вас на { $count } хвилин.
   *[other] Якщо вільне місце ще є, ми притримаємо його для Вас на { $count } хвилин.
}
sent-no-mail = Не отримали листа? Перевірте також папку «Спам».
sent-back = Назад до зустрічі
confirm-title = Підтвердження реєстрації
confirm-text = Будь ласка, підтвердьте реєстрацію, натиснувши кнопку.
confirm-button = Так, я підтверджую реєстрацію
manage-title = Ваша реєстрація
manage-name = Ім’я
manage-event = Зустріч
manage-ticket = Ваш код квитка
manage-ticket-hint = Покажіть цей код на вході — на телефоні або роздрукований.
manage-cancel-heading = Скасувати участь
manage-cancel-text = Не зможете прийти? Будь ласка, скасуйте реєстрацію. Тоді Ваше місце отримає хтось інший.
manage-cancel-button = Скасувати реєстрацію
status-unconfirmed = Ще не підтверджено
status-unconfirmed-text = Будь ласка, підтвердьте реєстрацію за посиланням у нашому листі.
status-awaiting-approval = На перевірці
status-awaiting-approval-text = Ваше місце зарезервовано. Організаторка перевірить Вашу реєстрацію і напише Вам.
status-confirmed = Зареєстровано
status-confirmed-text = Вас зареєстровано. Чекаємо на Вас!
status-waiting = Список очікування
status-waiting-text = Ви в списку очікування.
status-waiting-position = Ви в списку очікування під номером { $position }. Якщо звільниться місце, Ви отримаєте лист.
status-cancelled = Скасовано
status-cancelled-text = Ви скасували свою реєстрацію.
status-rejected = Не прийнято
status-rejected-text = На жаль, організаторка не змогла прийняти Вашу реєстрацію.

## Legal pages

imprint-title = Вихідні дані (Impressum)
imprint-default-intro = Відомості про власника цього вебсайту.
imprint-operator = Власник вебсайту
imprint-operator-unset = Власник вебсайту ще не вніс своїх даних.
imprint-contact = Контакти
privacy-title = Захист даних
privacy-default-intro = Ми обробляємо лише ті дані, які потрібні для участі.
privacy-data-heading = Які дані ми обробляємо
privacy-data-reading = Якщо Ви лише читаєте ці сторінки, ми не зберігаємо жодних персональних даних. IP-адреси не зберігаються у відкритому вигляді.
privacy-data-cookie = Якщо Ви вибираєте мову, ми зберігаємо Ваш вибір у файлі cookie. Він містить лише код мови.
privacy-data-registration = Якщо Ви реєструєтеся на зустріч, ми обробляємо Ваші дані лише для цієї зустрічі й видаляємо їх у встановлені строки.
privacy-data-third-parties = Цей вебсайт нічого не завантажує з інших серверів: жодних шрифтів, скриптів чи сервісів статистики.
privacy-rights-heading = Ваші права
privacy-rights-text = Ви маєте право отримати інформацію про свої дані, вимагати їх виправлення, видалення та обмеження обробки, а також право подати скаргу до наглядового органу з питань захисту даних.
accessibility-title = Доступність
accessibility-default-intro = Ця заява про доступність стосується цього вебсайту. Ми прагнемо зробити його доступним відповідно до німецької Постанови про доступні інформаційні технології (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).
accessibility-status-heading = Відповідність вимогам
accessibility-status-text = Вебсайт постійно перевіряють — автоматично і вручну — на відповідність вимогам WCAG 2.1 рівня AA. Він працює без JavaScript і з клавіатурою.
accessibility-feedback-heading = Повідомити про бар’єр
accessibility-feedback-text = Ви помітили бар’єр? Напишіть нам:
accessibility-enforcement-heading = Процедура врегулювання спорів
accessibility-enforcement-text = Якщо Ви не отримаєте задовільної відповіді на своє повідомлення, Ви можете звернутися до органу з урегулювання спорів (Schlichtungsstelle) згідно із законом про рівні права людей з інвалідністю (Behindertengleichstellungsgesetz) Вашої федеральної землі.

## Errors

error-not-found-title = Сторінку не знайдено
error-not-found-text = Такої сторінки немає. Можливо, її адреса змінилася.
error-unavailable-title = Тимчасово недоступно
error-unavailable-text = Сервіс зараз недоступний. Будь ласка, спробуйте ще раз за кілька хвилин. Ваші дані не загубляться.
error-internal-title = Сталася помилка
error-internal-text = Щось пішло не так. Будь ласка, спробуйте ще раз.
error-forbidden-title = Не дозволено
error-forbidden-text = Цей запит надійшов не з цього вебсайту. Будь ласка, відкрийте сторінку ще раз і повторіть спробу.
error-home-link = На головну сторінку

## Mails

mail-greeting = Добрий день, { $name }!
mail-confirm-link = Підтвердити реєстрацію
mail-manage-link = Переглянути або скасувати реєстрацію
mail-footer = Цей лист надіслано автоматично. Якщо у Вас є запитання, напишіть організаторці.
mail-confirm-address-subject = Будь ласка, підтвердьте реєстрацію: { $event }
mail-confirm-address-body = Ви зареєструвалися на зустріч «{ $event }». Будь ласка, підтвердьте реєстрацію за посиланням нижче. Лише після цього вона стане дійсною.
mail-already-registered-subject = Ваша реєстрація: { $event }
mail-already-registered-body = З цією адресою електронної пошти вже є реєстрація на зустріч «{ $event }». За посиланням нижче Ви побачите її статус.
mail-confirmed-subject = Вас зареєстровано: { $event }
mail-confirmed-body = Вашу реєстрацію на зустріч «{ $event }» підтверджено. У додатку — запис для календаря. Будь ласка, візьміть із собою код квитка.
mail-awaiting-approval-subject = Ваша реєстрація на перевірці: { $event }
mail-awaiting-approval-body = Дякуємо за підтвердження. Ваше місце на зустрічі «{ $event }» зарезервовано. Організаторка перевірить Вашу реєстрацію, а потім напише Вам.
mail-approved-subject = Вашу реєстрацію прийнято: { $event }
mail-approved-body = Організаторка прийняла Вашу реєстрацію на зустріч «{ $event }». У додатку — запис для календаря. Будь ласка, візьміть із собою код квитка.
mail-waiting-list-subject = Ви в списку очікування: { $event }
mail-waiting-list-body = Усі місця на зустріч «{ $event }» зайнято. Ви в списку очікування під номером { $position }. Якщо звільниться місце, ми Вам напишемо.
mail-promoted-subject = Звільнилося місце: { $event }
mail-promoted-body = Гарна новина: на зустрічі «{ $event }» звільнилося місце. Тепер воно Ваше.
mail-cancelled-subject = Скасовано: { $event }
mail-cancelled-body = Вашу реєстрацію на зустріч «{ $event }» скасовано. Шкода, що Ви не зможете прийти.
mail-rejected-subject = Ваша реєстрація: { $event }
mail-rejected-body = На жаль, організаторка не змогла прийняти Вашу реєстрацію на зустріч «{ $event }». { $message }
mail-reminder-subject = Нагадування: { $event }, { $when }
mail-reminder-body = Чекаємо на Вас на зустрічі «{ $event }». Будь ласка, візьміть із собою код квитка і зверніть увагу на те, що потрібно врахувати на місці. Якщо Ви не зможете прийти, будь ласка, скасуйте реєстрацію, щоб Ваше місце отримав хтось інший.
mail-event-cancelled-subject = Скасовано: { $event }
mail-event-cancelled-body = На жаль, зустріч «{ $event }» ({ $when }) не відбудеться. { $message } Вам нічого не потрібно робити. Запис для календаря в додатку видалить цю зустріч із Вашого календаря.
mail-event-changed-subject = Нова дата: { $event }
mail-event-changed-body = Зустріч «{ $event }» перенесено на нову дату: { $when }. Ваша реєстрація залишається дійсною. Будь ласка, додайте до календаря новий запис.
mail-message-subject = { $subject } – { $event }
mail-message-body = { $message }

## Back office

admin-nav = Адміністрування
admin-title = Адміністрування
admin-logout = Вийти
admin-login-title = Вхід для працівників
admin-password = Пароль
admin-login-button = Увійти
admin-login-wrong = Неправильна адреса електронної пошти або пароль.
admin-login-locked = Забагато невдалих спроб. Обліковий запис заблоковано до { $time }.
admin-security-title = Безпека
admin-totp-heading = Двофакторний вхід
admin-totp-code = Одноразовий код
admin-totp-code-hint = Потрібен, лише якщо Ви налаштували двофакторний вхід: шестизначний код із Вашого застосунку.
admin-totp-is-on = Двофакторний вхід увімкнено. Для кожного входу потрібен код із Вашого застосунку.
admin-totp-is-off = Двофакторний вхід вимкнено. Застосунок для одноразових кодів краще захистить Ваш обліковий запис.
admin-totp-start = Налаштувати двофакторний вхід
admin-totp-scan = Відскануйте код у застосунку або введіть ключ вручну. Потім введіть код, який покаже застосунок.
admin-totp-key = Ключ:
admin-totp-confirm = Підтвердити й увімкнути
admin-totp-disable = Вимкнути двофакторний вхід
admin-totp-enabled = Двофакторний вхід увімкнено.
admin-totp-disabled = Двофакторний вхід вимкнено.
admin-totp-wrong = Код неправильний. Будь ласка, введіть поточний код із застосунку.
admin-welcome = Ви ввійшли як { $name }.
admin-no-processes = Вам ще не призначено жодного процесу участі.
admin-outbox-title = Вихідні листи
admin-audit-title = Журнал доступу
admin-registrations = Реєстрації
admin-registrations-title = Реєстрації: { $event }
admin-planning = Дані для планування
admin-planning-title = Дані для планування: { $event }
admin-checkin = Контроль на вході
admin-seats-taken = Зайнято місць: { $taken } з { $capacity }
admin-export-csv = Список у форматі CSV
admin-export-xlsx = Список у форматі Excel
admin-export-pdf = Список присутніх (PDF)
attendance-note = Список присутніх для відстеження контактів відповідно до чинних санітарно-гігієнічних правил. Після закінчення строку зберігання його буде знищено.
attendance-footer = Список присутніх
attendance-number = №
attendance-signature = Підпис
admin-filter = Фільтр
admin-filter-apply = Застосувати фільтр
admin-search = Пошук
admin-all = Усі
admin-list-count = Реєстрацій: { $shown } з { $total }
admin-present = на місці
admin-approve = Прийняти
admin-reject = Відхилити
admin-message = Повідомлення для цієї особи
admin-reason = Причина
admin-cancel = Скасувати
admin-seat = Надати місце
admin-wait = До списку очікування
admin-walk-in = Без реєстрації, на вході
admin-walk-in-add = Додати особу
admin-done-approve = Реєстрацію прийнято. Особа отримає лист.
admin-done-reject = Реєстрацію відхилено. Особа отримає лист, а місце перейде до списку очікування.
admin-done-cancel = Реєстрацію скасовано. Особа отримає лист.
admin-done-seat = Тепер особа має місце й отримає лист.
admin-done-wait = Тепер особа в списку очікування. Її місце отримала перша особа зі списку очікування.
admin-done-walk-in = Особу додано й відмічено як присутню.
admin-done-no-seat = Вільних місць немає.
admin-done-wrong-state = Для цієї реєстрації це неможливо.
admin-message-all = Повідомлення всім зареєстрованим
admin-message-subject = Тема
admin-message-body = Текст
admin-message-send = Надіслати повідомлення
admin-move-event = Перенести зустріч
admin-move-date = Нова дата
admin-move-starts = Початок
admin-move-ends = Кінець
admin-move-button = Перенести зустріч і повідомити всіх
admin-cancel-event = Скасувати зустріч
admin-cancel-event-button = Скасувати зустріч і повідомити всіх
admin-done-event-cancelled = Зустріч скасовано. Усі зареєстровані отримають лист.
admin-done-event-moved = Зустріч перенесено. Усі зареєстровані отримають новий запис для календаря.
admin-done-message-sent = Повідомлення надсилається всім зареєстрованим.
admin-done-invalid-time = Будь ласка, введіть правильну дату і час закінчення, пізніший за час початку.
admin-edit = Редагувати
admin-edit-heading = Редагування: { $event }
admin-edit-title = Назва
admin-edit-public-page = Публічна сторінка
admin-edit-saved = Збережено.
admin-edit-languages-hint = Німецька мова обов’язкова. Інші мови — це переклади; якщо перекладу немає, читачі бачать німецький текст із приміткою.
admin-edit-deadline-hint = Останній день, коли можна зареєструватися. Він триває до опівночі.
admin-edit-waiting-list = Список очікування, коли всі місця зайнято
admin-edit-published = Опубліковано
admin-edit-save = Зберегти
admin-edit-capacity-invalid = Будь ласка, введіть число від 1 до 100000.
admin-edit-deadline-invalid = Будь ласка, введіть правильну дату.
admin-edit-reserved-needs-groups = Для зустрічі для визначених груп потрібно вказати ці групи.
admin-edit-capacity-taken = Уже зайнято більше місць. Кількість місць не може бути меншою.
admin-codes = Коди запрошення
admin-codes-left = залишилося використань: { $left } з { $uses }
admin-codes-hint = Щонайменше 6 символів. Код зберігається лише в зашифрованому вигляді: запишіть його зараз.
admin-codes-uses = Скільки разів можна використати код
admin-codes-add = Створити код
admin-question-label = Запитання
admin-question-required = Обов’язкове запитання
admin-question-add = Додати запитання
admin-question-remove = Видалити запитання
admin-groups = Групи
admin-groups-eligible-hint = Одна група в рядку, далі переклади, наприклад «en: …». Порядок зберігається: рядок 1 змінює групу 1.
admin-groups-working-hint = Одна робоча група в рядку: назва | місця | en: … – місця й переклади необов’язкові.
admin-groups-save = Зберегти групи
admin-groups-saved = Групи збережено.
admin-groups-too-small = У робочій групі було б менше місць, ніж уже зайнято. Нічого не змінено.
admin-groups-in-use = Групу, яку мали видалити, уже хтось вибрав. Нічого не змінено.
admin-groups-invalid = Будь ласка, перевірте рядки; для зустрічі для визначених груп потрібна щонайменше одна група. Нічого не змінено.
admin-new-event = Створити нову зустріч
admin-new-event-title = Нова зустріч: { $process }
admin-new-event-create = Створити зустріч
admin-new-slug = Коротка назва для адреси
admin-new-slug-hint = Малі латинські літери, цифри й дефіси, наприклад offene-veranstaltung-2.
admin-new-slug-invalid = Будь ласка, використовуйте лише малі латинські літери, цифри й поодинокі дефіси.
admin-new-slug-taken = Ця коротка назва вже є в іншої зустрічі.
admin-new-deadline-invalid = Кінцевий термін реєстрації має бути правильною датою до початку зустрічі.
admin-new-group-size-invalid = Будь ласка, вкажіть розмір робочої групи числом, наприклад «Мова | 17».
admin-new-venue = Нове місце (дані нижче)
admin-new-venue-hint = Щоб додати нове місце, виберіть угорі «Нове місце» і заповніть поля нижче.
admin-new-venue-incomplete = Для нового місця потрібні назва, вулиця та місто.
admin-venue = Місце
admin-venue-name = Назва місця
admin-venue-street = Вулиця й номер будинку
admin-venue-postal-code = Поштовий індекс
admin-venue-city = Місто
admin-venue-entrance = Вхід
admin-venue-title = Редагувати місце
admin-venue-accessibility = Інформація про доступність
admin-venue-shared = Зміни буде видно на сторінках усіх зустрічей у цьому місці.
admin-new-groups-hint = Лише для зустрічей для визначених груп: одна група в рядку.
admin-new-working-groups-hint = Одна робоча група в рядку; якщо в кінці додати «| 17», у ній буде 17 місць.
admin-new-process = Створити новий процес участі
admin-new-process-create = Створити процес
admin-edit-process = Редагувати процес
admin-process-motto = Гасло
admin-process-summary = Короткий опис (Markdown)
admin-process-analysis = Частина 1: аналіз
admin-process-plan = Частина 2: план дій
admin-process-person = Контактна особа
admin-process-time-zone = Часовий пояс
admin-process-time-zone-invalid = Будь ласка, вкажіть часовий пояс, наприклад Europe/Berlin.
admin-process-phases-hint = Один етап у рядку: тип | перший день | останній день | назва, далі переклади, наприклад «en: …». Приклад: «participation | 2021-06-11 | 2021-07-18 | Beteiligung | en: Participation». Типи: information, participation, evaluation, council_decision, implementation.
admin-process-phases-invalid = Будь ласка, перевірте етапи: тип, дві дати (друга не раніше за першу) і назва, розділені знаком |.
admin-process-fields-hint = Одна сфера дій у рядку: коротка назва | назва, далі переклади, наприклад «en: …». Приклад: «wohnen | Wohnen | en: Housing». Наявні сфери змінюються за короткою назвою, жодну не видаляють.
admin-process-fields-invalid = Будь ласка, перевірте сфери дій: коротка назва (малі латинські літери, цифри, дефіси) | назва.
admin-need-interpretation = Переклад: { $language }
admin-need-sign-language = Жестова мова
admin-need-step-free = без сходинок
admin-col-given-name = Ім’я
admin-col-family-name = Прізвище
admin-col-email = Ел. пошта
admin-col-phone = Телефон
admin-col-organisation = Організація
admin-col-group = Група
admin-col-working-group = Робоча група
admin-col-status = Статус
admin-col-position = Місце в списку очікування
admin-col-needs = Потреби
admin-col-language = Мова
admin-col-ticket = Код квитка
admin-col-registered = Дата реєстрації
admin-col-present = На місці з
admin-col-actions = Дії
admin-col-kind = Тип
admin-col-attempts = Спроби
admin-outbox-status-pending = У черзі
admin-outbox-status-sent = Надіслано
admin-outbox-status-failed = Помилка надсилання
admin-col-error = Помилка
admin-col-when = Час
admin-col-who = Хто
admin-col-what = Що
admin-col-subject = Стосується
admin-retry = Надіслати ще раз
admin-no-shows = Не прийшли
admin-interpretation = Мова перекладу
admin-count = Кількість
checkin-title = Контроль на вході: { $event }
checkin-counts = на місці: { $present } · зареєстровано: { $confirmed } · місць: { $capacity }
checkin-code = Код квитка
checkin-code-hint = Введіть код або зчитайте його сканером, наприклад K7QMP-3XA9D.
checkin-button = Відмітити вхід
checkin-scan = Сканувати камерою
checkin-scan-stop = Вимкнути камеру
checkin-search = Знайти особу за ім’ям
checkin-none-found = Ніхто з таким ім’ям не має місця.
checkin-mark = { $name } на місці
checkin-done = { $name }: вхід відмічено.
checkin-already = { $name }: вхід уже відмічено о { $time }.
checkin-no-place = { $name } не має місця: { $status }.
checkin-unknown = Такого коду квитка для цієї зустрічі немає.

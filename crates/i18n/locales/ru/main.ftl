## Site chrome

site-name = mitwirken
site-tagline = Участие в жизни Вашего города
skip-to-content = Перейти к содержанию
language-switch = Выбрать язык
footer-navigation = Правовая информация и доступность
notice-german-fallback = Часть содержимого этой страницы ещё не переведена на Ваш язык. Она показана на немецком.
notice-partial-fallback = Некоторые части этой страницы пока не переведены на этот язык. Они показаны на обычном немецком.
form-send = Отправить
example-content = Пример содержимого

## Dates and times

weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
# воскресенье, 27 июня 2021 г. (месяц в родительном падеже)
date-long = { $weekday }, { $day } { $month } { $year } г.
# воскресенье, 27 июня 2021 г., 10:00–16:00
date-time-range = { $date }, { $start }–{ $end }
date-time-range-days = { $startdate }, { $start } – { $enddate }, { $end }
date-time = { $date }, { $time }
date-range = { $start } – { $end }

## Home

home-title = Процедуры участия
home-intro = Здесь Вы можете узнать о процедурах участия, зарегистрироваться на мероприятия и предложить свои идеи.
home-empty = Сейчас нет опубликованных процедур участия.

## Process

process-organiser = Организатор
process-source = Источник информации
process-source-link = Пресс-релиз города
process-parts = Две части
process-events = Мероприятия
process-no-events = Мероприятия в рамках этой процедуры пока не объявлены.
process-calendar = Добавить все даты в свой календарь (файл iCal)
process-phases = Этапы
process-fields = Направления деятельности
process-current-phase = Текущий этап: { $phase }
process-between-phases = Сейчас ни один этап не проходит. Следующие шаги указаны в разделе «Этапы».
process-finished = Эта процедура завершена.
phase-current = сейчас
phase-now-information = Сейчас Вы можете узнать больше об этой процедуре.
phase-now-participation = Сейчас Вы можете принять участие: зарегистрируйтесь на мероприятие.
phase-now-evaluation = Сейчас результаты обрабатываются и составляется план действий.
phase-now-council_decision = Сейчас городской совет принимает решение о плане действий.
phase-now-implementation = Сейчас идёт выполнение плана действий.

## Events

event-when = Дата и время
event-where = Место проведения
event-audience = Для кого
event-reserved-groups = Это мероприятие предназначено для следующих групп:
event-places = Места
event-deadline = Последний день регистрации
event-fee = Стоимость
event-on-site = Что нужно учесть на месте
event-register = Зарегистрироваться
event-calendar = Добавить в календарь
event-about = О мероприятии
event-working-groups = Рабочие группы
access-open = Открыто для всех
access-reserved = Для определённых групп
access-invitation = Только по приглашению
places-left = { $count ->
    [0] Свободных мест нет (всего мест: { $capacity }).
    [one] Свободно { $count } место из { $capacity }
    [few] Свободно { $count } места из { $capacity }
    [many] Свободно { $count } мест из { $capacity }
   *[other] Свободно { $count } места из { $capacity }
}
fee-free = бесплатно
fee-amount = { $euros },{ $cents } евро
registration-open = Регистрация открыта
# { $deadline } ends in «г.», which also closes the sentence.
registration-open-until = Последний день регистрации: { $deadline }
registration-not-yet-open = Регистрация ещё не открыта
registration-opens-at = Начало регистрации: { $opens }.
registration-closed = Регистрация закрыта
# { $deadline } ends in «г.», which also closes the sentence.
registration-closed-since = Последний день регистрации прошёл: { $deadline }
registration-full = Мест нет
registration-full-detail = Все места заняты.
registration-waiting-list = Мест нет – лист ожидания
registration-cancelled = Отменено
registration-cancelled-detail = Это мероприятие не состоится.

## Registration

register-title = Регистрация
register-title-event = Регистрация: { $event }
register-full = К сожалению, все места заняты, а листа ожидания нет.
form-required-note = Поля без пометки «по желанию» обязательны для заполнения.
form-about-you = О Вас
form-given-name = Имя
form-family-name = Фамилия
form-email = Адрес электронной почты
form-phone = Номер телефона
form-language = На каком языке Вам писать?
form-language-hint = Мы будем присылать Вам письма на этом языке.
form-organisation-legend = Ваша организация
form-organisation = Организация или объединение
form-eligible-group = К какой группе Вы относитесь?
form-eligible-group-hint = Это мероприятие предназначено для определённых групп. Организатор проверит Ваш ответ.
form-optional = (по желанию)
form-choose = Выберите
form-invitation-code = Код приглашения
form-working-group = Рабочая группа
form-working-group-hint = Вы можете выбрать рабочую группу. Число мест в каждой группе ограничено.
form-working-group-none = Пока не выбрано
form-needs = Что Вам нужно, чтобы принять участие?
form-interpretation = Мне нужен устный перевод на этот язык
form-sign-language = Мне нужен перевод на жестовый язык.
form-step-free = Мне нужен доступ без ступенек.
form-other-needs = Другое
form-questions = Дополнительные вопросы организатора
form-privacy = Защита данных
form-consent = Я даю согласие на обработку моих данных для этого мероприятия.
form-consent-hint = Мы используем Ваши данные только для этого мероприятия, а затем удаляем их. Подробнее:
form-submit = Зарегистрироваться
form-error-summary = { $count ->
    [one] Пожалуйста, исправьте { $count } ошибку:
    [few] Пожалуйста, исправьте { $count } ошибки:
    [many] Пожалуйста, исправьте { $count } ошибок:
   *[other] Пожалуйста, исправьте { $count } ошибки:
}
form-error-required = Пожалуйста, заполните это поле.
form-error-email = Пожалуйста, введите действительный адрес электронной почты, например name@example.com.
form-error-too-long = { $count ->
    [one] Пожалуйста, напишите не более { $count } символа.
    [few] Пожалуйста, напишите не более { $count } символов.
    [many] Пожалуйста, напишите не более { $count } символов.
   *[other] Пожалуйста, напишите не более { $count } символа.
}
form-error-choice = Пожалуйста, выберите один из предложенных вариантов.
form-error-phone = Пожалуйста, используйте только цифры, пробелы и знаки + - / ( ).
form-error-code = Этот код приглашения недействителен или уже использован.
form-error-group-full = В этой рабочей группе нет свободных мест. Пожалуйста, выберите другую.
sent-title = Почти готово
sent-check-mail = Пожалуйста, проверьте Вашу электронную почту.
sent-text = Мы отправили Вам письмо. Пожалуйста, нажмите на ссылку в письме, чтобы подтвердить регистрацию.
sent-hold = { $count ->
    [one] Если место ещё свободно, мы сохраним его за Вами на { $count } минуту.
    [few] Если место ещё свободно, мы сохраним его за Вами на { $count } минуты.
    [many] Если место ещё свободно, мы сохраним его за Вами на { $count } минут.
   *[other] Если место ещё свободно, мы сохраним его за Вами на { $count } минуты.
}
sent-no-mail = Письмо не пришло? Проверьте также папку «Спам».
sent-back = Вернуться к мероприятию
confirm-title = Подтверждение регистрации
confirm-text = Пожалуйста, подтвердите регистрацию, нажав на кнопку.
confirm-button = Да, я подтверждаю регистрацию
manage-title = Ваша регистрация
manage-name = Имя и фамилия
manage-event = Мероприятие
manage-ticket = Ваш код билета
manage-ticket-hint = Покажите этот код на входе — на телефоне или в распечатанном виде.
manage-cancel-heading = Отмена участия
manage-cancel-text = Не можете прийти? Пожалуйста, отмените регистрацию. Тогда Ваше место получит кто-то другой.
manage-cancel-button = Отменить регистрацию
status-unconfirmed = Ещё не подтверждено
status-unconfirmed-text = Пожалуйста, подтвердите регистрацию по ссылке из нашего письма.
status-awaiting-approval = На проверке
status-awaiting-approval-text = Место за Вами зарезервировано. Организатор проверит Вашу регистрацию и напишет Вам.
status-confirmed = Участие подтверждено
status-confirmed-text = Вы зарегистрированы. Ждём Вас!
status-waiting = Лист ожидания
status-waiting-text = Вы в листе ожидания.
status-waiting-position = Вы в листе ожидания под номером { $position }. Если освободится место, Вы получите письмо.
status-cancelled = Отменено
status-cancelled-text = Вы отменили свою регистрацию.
status-rejected = Не принято
status-rejected-text = К сожалению, организатор не может принять Вашу регистрацию.

## Legal pages

imprint-title = Выходные данные (Impressum)
imprint-default-intro = Сведения о владельце этого сайта.
imprint-operator = Владелец сайта
imprint-operator-unset = Владелец сайта ещё не указал сведения.
imprint-contact = Контакты
privacy-title = Защита данных
privacy-default-intro = Мы обрабатываем только те данные, которые нужны для участия.
privacy-data-heading = Какие данные мы обрабатываем
privacy-data-reading = Если Вы только читаете эти страницы, мы не сохраняем никаких персональных данных. IP-адреса не сохраняются в открытом виде.
privacy-data-cookie = Если Вы выбираете язык, мы сохраняем Ваш выбор в файле cookie. В нём хранится только код языка.
privacy-data-registration = Если Вы регистрируетесь на мероприятие, мы обрабатываем Ваши данные только для этого мероприятия и удаляем их по истечении установленных сроков.
privacy-data-third-parties = Этот сайт ничего не загружает с других серверов: ни шрифтов, ни скриптов, ни сервисов статистики.
privacy-rights-heading = Ваши права
privacy-rights-text = Вы имеете право получить сведения о Ваших данных, потребовать их исправления, удаления и ограничения обработки, а также подать жалобу в надзорный орган по защите данных.
accessibility-title = Доступность
accessibility-default-intro = Это заявление о доступности относится к данному сайту. Мы стремимся сделать сайт доступным в соответствии с немецким Постановлением о доступных информационных технологиях (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).
accessibility-status-heading = Соответствие требованиям
accessibility-status-text = Сайт постоянно проверяется — автоматически и вручную — на соответствие требованиям WCAG 2.1, уровень AA. Он работает без JavaScript, и им можно пользоваться с помощью клавиатуры.
accessibility-feedback-heading = Сообщить о барьере
accessibility-feedback-text = Вы заметили барьер? Напишите нам:
accessibility-enforcement-heading = Процедура урегулирования споров
accessibility-enforcement-text = Если Вы не получите удовлетворительного ответа на своё сообщение, Вы можете обратиться в службу урегулирования споров (Schlichtungsstelle) согласно закону о равноправии людей с инвалидностью (Behindertengleichstellungsgesetz) Вашей федеральной земли.

## Errors

error-not-found-title = Страница не найдена
error-not-found-text = Такой страницы нет. Возможно, её адрес изменился.
error-unavailable-title = Временно недоступно
error-unavailable-text = Сервис сейчас недоступен. Пожалуйста, попробуйте ещё раз через несколько минут. Ваши данные не потеряются.
error-internal-title = Произошла ошибка
error-internal-text = Что-то пошло не так. Пожалуйста, попробуйте ещё раз.
error-forbidden-title = Действие не разрешено
error-forbidden-text = Этот запрос отправлен не с этого сайта. Пожалуйста, откройте страницу заново и попробуйте ещё раз.
error-home-link = На главную страницу

## Mails

mail-greeting = Здравствуйте, { $name }!
mail-confirm-link = Подтвердить регистрацию
mail-manage-link = Посмотреть или отменить регистрацию
mail-footer = Это письмо отправлено автоматически. Если у Вас есть вопросы, обратитесь к организатору.
mail-confirm-address-subject = Пожалуйста, подтвердите регистрацию: { $event }
mail-confirm-address-body = Вы зарегистрировались на мероприятие «{ $event }». Пожалуйста, подтвердите регистрацию по ссылке ниже. Только после этого она станет действительной.
mail-already-registered-subject = Ваша регистрация: { $event }
mail-already-registered-body = С этим адресом электронной почты уже есть регистрация на мероприятие «{ $event }». По ссылке ниже Вы увидите её статус.
mail-confirmed-subject = Вы зарегистрированы: { $event }
mail-confirmed-body = Ваша регистрация на мероприятие «{ $event }» подтверждена. Во вложении Вы найдёте запись для календаря. Пожалуйста, возьмите с собой код билета.
mail-awaiting-approval-subject = Ваша регистрация на проверке: { $event }
mail-awaiting-approval-body = Спасибо за подтверждение. Место на мероприятии «{ $event }» зарезервировано за Вами. Организатор проверит Вашу регистрацию и затем напишет Вам.
mail-approved-subject = Ваша регистрация принята: { $event }
mail-approved-body = Ваша регистрация на мероприятие «{ $event }» принята организатором. Во вложении Вы найдёте запись для календаря. Пожалуйста, возьмите с собой код билета.
mail-waiting-list-subject = Вы в листе ожидания: { $event }
mail-waiting-list-body = Все места на мероприятие «{ $event }» заняты. Вы в листе ожидания под номером { $position }. Если освободится место, мы Вам напишем.
mail-promoted-subject = Освободилось место: { $event }
mail-promoted-body = Хорошая новость: на мероприятии «{ $event }» освободилось место. Теперь оно Ваше.
mail-cancelled-subject = Отменено: { $event }
mail-cancelled-body = Ваша регистрация на мероприятие «{ $event }» отменена. Жаль, что Вы не сможете прийти.
mail-rejected-subject = Ваша регистрация: { $event }
mail-rejected-body = К сожалению, организатор не может принять Вашу регистрацию на мероприятие «{ $event }». { $message }
mail-reminder-subject = Напоминание: { $event }, { $when }
mail-reminder-body = Ждём Вас на мероприятии «{ $event }». Пожалуйста, возьмите с собой код билета и прочитайте, что нужно учесть на месте. Если Вы не сможете прийти, пожалуйста, отмените регистрацию, чтобы Ваше место получил кто-то другой.
mail-event-cancelled-subject = Отменено: { $event }
mail-event-cancelled-body = К сожалению, мероприятие «{ $event }» ({ $when }) не состоится. { $message } Вам ничего не нужно делать. Прилагаемая запись для календаря удалит эту встречу из Вашего календаря.
mail-event-changed-subject = Мероприятие перенесено: { $event }
mail-event-changed-body = Мероприятие «{ $event }» перенесено на новое время: { $when }. Ваша регистрация остаётся в силе. Пожалуйста, добавьте в календарь новую запись.
mail-message-subject = { $subject } – { $event }
mail-message-body = { $message }

## Back office

admin-nav = Администрирование
admin-title = Администрирование
admin-logout = Выйти
admin-login-title = Вход для сотрудников
admin-password = Пароль
admin-login-button = Войти
admin-login-wrong = Неверный адрес электронной почты или пароль.
admin-login-locked = Слишком много неудачных попыток. Учётная запись заблокирована до { $time }.
admin-security-title = Безопасность
admin-totp-heading = Двухфакторный вход
admin-totp-code = Одноразовый код
admin-totp-code-hint = Нужен, только если Вы настроили двухфакторный вход: шестизначный код из Вашего приложения.
admin-totp-is-on = Двухфакторный вход включён. При каждом входе нужен код из Вашего приложения.
admin-totp-is-off = Двухфакторный вход выключен. Приложение для одноразовых кодов лучше защитит Вашу учётную запись.
admin-totp-start = Настроить двухфакторный вход
admin-totp-scan = Отсканируйте код приложением или введите ключ вручную. Затем введите код, который покажет приложение.
admin-totp-key = Ключ:
admin-totp-confirm = Подтвердить и включить
admin-totp-disable = Выключить двухфакторный вход
admin-totp-enabled = Двухфакторный вход теперь включён.
admin-totp-disabled = Двухфакторный вход выключен.
admin-totp-wrong = Неверный код. Пожалуйста, введите текущий код из приложения.
admin-welcome = Вы вошли как { $name }.
admin-no-processes = Вам пока не назначена ни одна процедура участия.
admin-outbox-title = Исходящие письма
admin-audit-title = Журнал доступа
admin-registrations = Регистрации
admin-registrations-title = Регистрации: { $event }
admin-planning = Данные для планирования
admin-planning-title = Данные для планирования: { $event }
admin-checkin = Контроль на входе
admin-seats-taken = Занято мест: { $taken } из { $capacity }
admin-export-csv = Список в формате CSV
admin-export-xlsx = Список в формате Excel
admin-export-pdf = Список присутствующих (PDF)
attendance-note = Список присутствующих для отслеживания контактов согласно действующим санитарным правилам. Он будет уничтожен по истечении срока хранения.
attendance-footer = Список присутствующих
attendance-number = №
attendance-signature = Подпись
admin-filter = Фильтр
admin-filter-apply = Применить фильтр
admin-search = Поиск
admin-all = Все
admin-list-count = Регистрации: { $shown } из { $total }
admin-present = присутствует
admin-approve = Принять
admin-reject = Отклонить
admin-message = Сообщение участнику
admin-reason = Причина
admin-cancel = Отменить
admin-seat = Дать место
admin-wait = В лист ожидания
admin-walk-in = Пришли без регистрации
admin-walk-in-add = Добавить участника
admin-done-approve = Регистрация принята. Участнику будет отправлено письмо.
admin-done-reject = Регистрация отклонена. Участнику будет отправлено письмо, а место перейдёт к первому человеку в листе ожидания.
admin-done-cancel = Регистрация отменена. Участнику будет отправлено письмо.
admin-done-seat = Теперь у участника есть место. Ему будет отправлено письмо.
admin-done-wait = Участник перенесён в лист ожидания. Его место получил первый человек из листа ожидания.
admin-done-walk-in = Участник добавлен и отмечен как присутствующий.
admin-done-no-seat = Свободных мест нет.
admin-done-wrong-state = Для этой регистрации это действие невозможно.
admin-message-all = Сообщение всем зарегистрированным
admin-message-subject = Тема
admin-message-body = Текст
admin-message-send = Отправить сообщение
admin-move-event = Перенести мероприятие
admin-move-date = Новая дата
admin-move-starts = Начало
admin-move-ends = Окончание
admin-move-button = Перенести мероприятие и уведомить всех
admin-cancel-event = Отменить мероприятие
admin-cancel-event-button = Отменить мероприятие и уведомить всех
admin-done-event-cancelled = Мероприятие отменено. Все зарегистрированные получат письмо.
admin-done-event-moved = Мероприятие перенесено. Все зарегистрированные получат новую запись для календаря.
admin-done-message-sent = Сообщение отправляется всем зарегистрированным.
admin-done-invalid-time = Пожалуйста, укажите действительную дату и время окончания позже времени начала.
admin-edit = Редактировать
admin-edit-heading = Редактирование: { $event }
admin-edit-title = Название
admin-edit-public-page = Публичная страница
admin-edit-saved = Сохранено.
admin-edit-languages-hint = Немецкий текст обязателен. Остальные языки — переводы; если перевода нет, читатели видят немецкий текст с пометкой.
admin-edit-deadline-hint = Последний день, когда можно зарегистрироваться. Регистрация возможна до полуночи этого дня.
admin-edit-waiting-list = Лист ожидания, когда все места заняты
admin-edit-published = Опубликовано
admin-edit-save = Сохранить
admin-edit-capacity-invalid = Пожалуйста, введите число от 1 до 100000.
admin-edit-deadline-invalid = Пожалуйста, введите действительную дату.
admin-edit-reserved-needs-groups = Для мероприятия для определённых групп нужно указать эти группы.
admin-edit-capacity-taken = Уже занято больше мест. Число мест не может быть меньше.
admin-codes = Коды приглашения
admin-codes-left = Осталось использований: { $left } из { $uses }
admin-codes-hint = Не менее 6 символов. Код хранится только в зашифрованном виде: запишите его сейчас.
admin-codes-uses = Сколько раз можно использовать код
admin-codes-add = Создать код
admin-question-label = Вопрос
admin-question-required = Обязательный вопрос
admin-question-add = Добавить вопрос
admin-question-remove = Удалить вопрос
admin-groups = Группы
admin-groups-eligible-hint = Одна группа на строку, затем переводы, например «en: …». Порядок сохраняется: строка 1 изменяет группу 1.
admin-groups-working-hint = Одна рабочая группа на строку: название | места | en: … — места и переводы указывать не обязательно.
admin-groups-save = Сохранить группы
admin-groups-saved = Группы сохранены.
admin-groups-too-small = В рабочей группе стало бы меньше мест, чем уже занято. Ничего не изменено.
admin-groups-in-use = Группу, которую нужно было удалить, уже кто-то выбрал. Ничего не изменено.
admin-groups-invalid = Пожалуйста, проверьте строки; мероприятию для определённых групп нужна хотя бы одна группа. Ничего не изменено.
admin-new-event = Создать новое мероприятие
admin-new-event-title = Новое мероприятие: { $process }
admin-new-event-create = Создать мероприятие
admin-new-slug = Короткое имя для адреса
admin-new-slug-hint = Строчные латинские буквы, цифры и дефисы, например offene-veranstaltung-2.
admin-new-slug-invalid = Пожалуйста, используйте только строчные латинские буквы, цифры и одиночные дефисы.
admin-new-slug-taken = Это короткое имя уже занято другим мероприятием.
admin-new-deadline-invalid = Последний день регистрации должен быть действительной датой до мероприятия.
admin-new-group-size-invalid = Пожалуйста, укажите размер рабочей группы числом, например «Язык | 17».
admin-new-venue = Новое место проведения (данные ниже)
admin-new-venue-hint = Для нового места проведения выберите выше «Новое место проведения» и заполните поля ниже.
admin-new-venue-incomplete = Для нового места проведения нужны название, улица и город.
admin-venue = Место проведения
admin-venue-name = Название места проведения
admin-venue-street = Улица и номер дома
admin-venue-postal-code = Почтовый индекс
admin-venue-city = Город
admin-venue-entrance = Вход
admin-venue-title = Редактировать место проведения
admin-venue-accessibility = Информация о доступности
admin-venue-shared = Изменения будут видны у всех мероприятий в этом месте проведения.
admin-new-groups-hint = Только для мероприятий для определённых групп: одна группа на строку.
admin-new-working-groups-hint = Одна рабочая группа на строку; с «| 17» в конце в ней будет 17 мест.
admin-new-process = Создать новую процедуру участия
admin-new-process-create = Создать процедуру
admin-edit-process = Редактировать процедуру
admin-process-motto = Девиз
admin-process-summary = Краткое описание (Markdown)
admin-process-analysis = Часть 1: анализ
admin-process-plan = Часть 2: план действий
admin-process-person = Контактное лицо
admin-process-time-zone = Часовой пояс
admin-process-time-zone-invalid = Пожалуйста, укажите часовой пояс, например Europe/Berlin.
admin-process-phases-hint = Один этап на строку: вид | первый день | последний день | название, затем переводы, например «en: …». Пример: «participation | 2021-06-11 | 2021-07-18 | Beteiligung | en: Participation». Виды: information, participation, evaluation, council_decision, implementation.
admin-process-phases-invalid = Пожалуйста, проверьте этапы: вид, две даты (вторая не раньше первой) и название, разделённые знаком |.
admin-process-fields-hint = Одно направление деятельности на строку: короткое имя | название, затем переводы, например «en: …». Пример: «wohnen | Wohnen | en: Housing». Существующие направления изменяются по короткому имени; ни одно не удаляется.
admin-process-fields-invalid = Пожалуйста, проверьте направления деятельности: короткое имя (строчные латинские буквы, цифры, дефисы) | название.
admin-need-interpretation = Перевод: { $language }
admin-need-sign-language = Жестовый язык
admin-need-step-free = без ступенек
admin-col-given-name = Имя
admin-col-family-name = Фамилия
admin-col-email = Эл. почта
admin-col-phone = Телефон
admin-col-organisation = Организация
admin-col-group = Группа
admin-col-working-group = Рабочая группа
admin-col-status = Статус
admin-col-position = Номер в листе ожидания
admin-col-needs = Потребности
admin-col-language = Язык
admin-col-ticket = Код билета
admin-col-registered = Дата регистрации
admin-col-present = На месте с
admin-col-actions = Действия
admin-col-kind = Вид
admin-col-attempts = Попытки
admin-outbox-status-pending = В очереди
admin-outbox-status-sent = Отправлено
admin-outbox-status-failed = Ошибка отправки
admin-col-error = Ошибка
admin-col-when = Время
admin-col-who = Кто
admin-col-what = Что
admin-col-subject = Кого касается
admin-retry = Отправить снова
admin-no-shows = Не пришли
admin-interpretation = Перевод на
admin-count = Количество
checkin-title = Контроль на входе: { $event }
checkin-counts = На месте: { $present } · зарегистрировано: { $confirmed } · мест: { $capacity }
checkin-code = Код билета
checkin-code-hint = Введите код или считайте его сканером, например K7QMP-3XA9D.
checkin-button = Отметить вход
checkin-scan = Сканировать камерой
checkin-scan-stop = Выключить камеру
checkin-search = Найти человека по имени
checkin-none-found = Среди тех, у кого есть место, никого с таким именем нет.
checkin-mark = { $name } на месте
checkin-done = { $name }: вход отмечен.
checkin-already = { $name }: вход уже отмечен в { $time }.
checkin-no-place = { $name }: места нет ({ $status }).
checkin-unknown = Такого кода билета для этого мероприятия нет.

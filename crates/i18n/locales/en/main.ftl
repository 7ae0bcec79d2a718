## Site chrome

site-name = mitwirken
site-tagline = Have your say in your city
skip-to-content = Skip to content
language-switch = Choose language
footer-navigation = Legal information and accessibility
notice-german-fallback = Some content on this page is not yet available in your language. It is shown in German.
notice-partial-fallback = Parts of this page are not yet available in this language. They are shown in standard German.
form-send = Send
example-content = Example content

## Dates and times

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Sunday, 27 June 2021
date-long = { $weekday }, { $day } { $month } { $year }
# Sunday, 27 June 2021, 10:00–16:00
date-time-range = { $date }, { $start }–{ $end }
date-time-range-days = { $startdate }, { $start } to { $enddate }, { $end }
date-time = { $date }, { $time }
date-range = { $start } to { $end }

## Home

home-title = Participation processes
home-intro = Here you can find information, register for events and share your ideas.
home-empty = There are no published participation processes at the moment.

## Process

process-organiser = Organiser
process-source = Source
process-source-link = Press release from the city
process-parts = The two parts
process-events = Events
process-no-events = No events have been announced for this process yet.
process-calendar = Add all dates to your calendar (iCal file)
process-phases = Timeline
process-fields = Fields of action
process-current-phase = Current phase: { $phase }
process-between-phases = No phase is running at the moment. You can find the next steps in the timeline.
process-finished = This process has finished.
phase-current = now
phase-now-information = You can now find out about the process.
phase-now-participation = You can take part now: register for an event.
phase-now-evaluation = The results are now being evaluated and the action plan is being written.
phase-now-council_decision = The city council is now deciding on the action plan.
phase-now-implementation = The action plan is now being put into practice.

## Events

event-when = Date and time
event-where = Location
event-audience = Who it is for
event-reserved-groups = This event is reserved for:
event-places = Places
event-deadline = Registration deadline
event-fee = Cost
event-on-site = Please note on site
event-register = Register now
event-calendar = Add to your calendar
event-about = About the event
event-working-groups = Working groups
access-open = Open to everyone
access-reserved = Reserved
access-invitation = By invitation only
places-left = { $count ->
    [0] All { $capacity } places are taken.
    [one] 1 of { $capacity } places still available
   *[other] { $count } of { $capacity } places still available
}
fee-free = free of charge
fee-amount = €{ $euros }.{ $cents }
registration-open = Registration open
registration-open-until = You can register up to and including { $deadline }.
registration-not-yet-open = Registration not open yet
registration-opens-at = Registration opens on { $opens }.
registration-closed = Registration closed
registration-closed-since = The registration deadline was { $deadline }.
registration-full = Fully booked
registration-full-detail = All places are taken.
registration-waiting-list = Fully booked – waiting list
registration-cancelled = Cancelled
registration-cancelled-detail = This event will not take place.

## Registration

register-title = Registration
register-title-event = Registration: { $event }
register-full = Sorry, all places are taken, and there is no waiting list.
form-required-note = You must fill in all fields that are not marked “optional”.
form-about-you = About you
form-given-name = First name
form-family-name = Last name
form-email = Email address
form-phone = Phone number
form-language = In which language should we write to you?
form-language-hint = We will send you emails in this language.
form-organisation-legend = Your organisation
form-organisation = Organisation or association
form-eligible-group = Which group do you belong to?
form-eligible-group-hint = This event is reserved for certain groups. The organiser will check your answer.
form-optional = (optional)
form-choose = Please choose
form-invitation-code = Invitation code
form-working-group = Working group
form-working-group-hint = You can choose a working group. Each group has a limited number of places.
form-working-group-none = No choice yet
form-needs = What do you need so that you can take part?
form-interpretation = I need interpreting into this language
form-sign-language = I need sign language interpreting.
form-step-free = I need step-free access.
form-other-needs = Other needs
form-questions = More questions from the organiser
form-privacy = Data protection
form-consent = I agree that my details are processed for this event.
form-consent-hint = We only use your details for this event and delete them afterwards. More about this:
form-submit = Send registration
form-error-summary = { $count ->
    [one] Please correct 1 entry:
   *[other] Please correct { $count } entries:
}
form-error-required = Please fill in this field.
form-error-email = Please enter a valid email address, for example name@example.com.
form-error-too-long = { $count ->
    [one] Please write no more than 1 character.
   *[other] Please write no more than { $count } characters.
}
form-error-choice = Please choose one of the options offered.
form-error-phone = Please use only digits, spaces and + - / ( ).
form-error-code = This invitation code is not valid or has already been used up.
form-error-group-full = This working group is full. Please choose another one.
sent-title = Almost done
sent-check-mail = Please check your email inbox.
sent-text = We have sent you an email. Please click the link in the email to confirm your registration.
sent-hold = { $count ->
    [one] If a place is still free, we will keep it for you for 1 minute.
   *[other] If a place is still free, we will keep it for you for { $count } minutes.
}
sent-no-mail = No email? Please also look in your spam folder.
sent-back = Back to the event
confirm-title = Confirm registration
confirm-text = Please confirm your registration by clicking the button.
confirm-button = Yes, I confirm my registration
manage-title = Your registration
manage-name = Name
manage-event = Event
manage-ticket = Your ticket code
manage-ticket-hint = Show this code at the entrance, on your phone or printed on paper.
manage-cancel-heading = Cancel
manage-cancel-text = You cannot come? Please cancel. Then someone else can have your place.
manage-cancel-button = Cancel registration
status-unconfirmed = Not confirmed yet
status-unconfirmed-text = Please confirm your registration with the link in our email.
status-awaiting-approval = Being checked
status-awaiting-approval-text = Your place is reserved. The organiser is checking your registration and will write to you.
status-confirmed = Registered
status-confirmed-text = You are registered. We look forward to seeing you.
status-waiting = Waiting list
status-waiting-text = You are on the waiting list.
status-waiting-position = You are on the waiting list, in position { $position }. If a place becomes free, you will get an email.
status-cancelled = Cancelled
status-cancelled-text = You have cancelled your registration.
status-rejected = Not accepted
status-rejected-text = Unfortunately, the organiser could not accept your registration.

## Legal pages

imprint-title = Legal notice (Impressum)
imprint-default-intro = Information about the provider of this website.
imprint-operator = Provider
imprint-operator-unset = The operator has not provided any details yet.
imprint-contact = Contact
privacy-title = Data protection
privacy-default-intro = We only process the data we need for participation.
privacy-data-heading = What data we process
privacy-data-reading = If you only read these pages, we do not store any personal data. IP addresses are not stored in plain text.
privacy-data-cookie = If you choose a language, we store your choice in a cookie. It only contains the language code.
privacy-data-registration = If you register for an event, we process your details only for that event and delete them when the set retention periods end.
privacy-data-third-parties = This website does not load anything from other servers: no fonts, no scripts, no analytics services.
privacy-rights-heading = Your rights
privacy-rights-text = You have the right of access to your data, the right to rectification and erasure, and the right to restriction of processing. You also have the right to lodge a complaint with a data protection supervisory authority.
accessibility-title = Accessibility
accessibility-default-intro = This accessibility statement applies to this website. We aim to make it accessible in line with the German Accessible Information Technology Ordinance (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).
accessibility-status-heading = Compliance with the requirements
accessibility-status-text = The website is continuously checked, automatically and by hand, against the requirements of WCAG 2.1 level AA. It works without JavaScript and with a keyboard.
accessibility-feedback-heading = Report a barrier
accessibility-feedback-text = Have you noticed a barrier? Write to us:
accessibility-enforcement-heading = Conciliation procedure
accessibility-enforcement-text = If you do not receive a satisfactory answer to your report, you can contact the conciliation body (Schlichtungsstelle) under the disability equality act (Behindertengleichstellungsgesetz) of your federal state.

## Errors

error-not-found-title = Page not found
error-not-found-text = This page does not exist. The address may have changed.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The service is not available right now. Please try again in a few minutes. Your details will not be lost.
error-internal-title = An error has occurred
error-internal-text = Something went wrong. Please try again.
error-forbidden-title = Not allowed
error-forbidden-text = This request did not come from this website. Please open the page again and try once more.
error-home-link = Go to the home page

## Mails

mail-greeting = Hello { $name },
mail-confirm-link = Confirm registration
mail-manage-link = View or cancel registration
mail-footer = This email was sent automatically. If you have questions, please contact the organiser.
mail-confirm-address-subject = Please confirm your registration: { $event }
mail-confirm-address-body = You have registered for “{ $event }”. Please confirm your registration with the link below. Only then is it valid.
mail-already-registered-subject = Your registration: { $event }
mail-already-registered-body = There is already a registration for “{ $event }” with this email address. Use the link below to see your status.
mail-confirmed-subject = You are registered: { $event }
mail-confirmed-body = Your registration for “{ $event }” is confirmed. A calendar entry is attached. Please bring your ticket code with you.
mail-awaiting-approval-subject = Your registration is being checked: { $event }
mail-awaiting-approval-body = Thank you for confirming. Your place at “{ $event }” is reserved. The organiser will check your registration and then write to you.
mail-approved-subject = Your registration has been accepted: { $event }
mail-approved-body = The organiser has accepted your registration for “{ $event }”. A calendar entry is attached. Please bring your ticket code with you.
mail-waiting-list-subject = You are on the waiting list: { $event }
mail-waiting-list-body = All places for “{ $event }” are taken. You are on the waiting list, in position { $position }. If a place becomes free, we will write to you.
mail-promoted-subject = A place has become free: { $event }
mail-promoted-body = Good news: a place has become free for “{ $event }”. It is now yours.
mail-cancelled-subject = Cancelled: { $event }
mail-cancelled-body = Your registration for “{ $event }” has been cancelled. We are sorry that you cannot come.
mail-rejected-subject = Your registration: { $event }
mail-rejected-body = Unfortunately, the organiser could not accept your registration for “{ $event }”. { $message }
mail-reminder-subject = Reminder: { $event } on { $when }
mail-reminder-body = We look forward to seeing you at “{ $event }”. Please bring your ticket code and note the on-site information. If you cannot come, please cancel so that someone else can have your place.
mail-event-cancelled-subject = Cancelled: { $event }
mail-event-cancelled-body = Unfortunately, the event “{ $event }” on { $when } will not take place. { $message } You do not need to do anything. The attached calendar entry removes the date.
mail-event-changed-subject = New date: { $event }
mail-event-changed-body = The event “{ $event }” has a new date: { $when }. Your registration is still valid. Please add the new calendar entry.
mail-message-subject = { $subject } – { $event }
mail-message-body = { $message }

## Back office

admin-nav = Back office
admin-title = Back office
admin-logout = Log out
admin-login-title = Staff login
admin-password = Password
admin-login-button = Log in
admin-login-wrong = The email address or password is incorrect.
admin-login-locked = Too many failed attempts. The account is locked until { $time }.
admin-security-title = Security
admin-totp-heading = Two-factor sign-in
admin-totp-code = One-time code
admin-totp-code-hint = Only needed if you have set up two-factor sign-in: the six-digit code from your app.
admin-totp-is-on = Two-factor sign-in is on. Every sign-in needs a code from your app.
admin-totp-is-off = Two-factor sign-in is off. An app for one-time codes protects your account better.
admin-totp-start = Set up two-factor sign-in
admin-totp-scan = Scan the code with your app or type in the key. Then enter the code it shows.
admin-totp-key = Key:
admin-totp-confirm = Confirm and switch on
admin-totp-disable = Switch two-factor sign-in off
admin-totp-enabled = Two-factor sign-in is now on.
admin-totp-disabled = Two-factor sign-in is off.
admin-totp-wrong = The code is not right. Please use the current code from your app.
admin-welcome = Logged in as { $name }.
admin-no-processes = No participation process has been assigned to you yet.
admin-outbox-title = Outbox
admin-audit-title = Access log
admin-registrations = Registrations
admin-registrations-title = Registrations: { $event }
admin-planning = Planning figures
admin-planning-title = Planning figures: { $event }
admin-checkin = Check-in
admin-seats-taken = { $taken } of { $capacity } places taken
admin-export-csv = List as CSV
admin-export-xlsx = List as Excel file
admin-export-pdf = Attendance list (PDF)
attendance-note = Attendance list for contact tracing under the hygiene rules in force. It is destroyed when the retention period ends.
attendance-footer = Attendance list
attendance-number = No.
attendance-signature = Signature
admin-filter = Filter
admin-filter-apply = Apply filter
admin-search = Search
admin-all = All
admin-list-count = { $shown } of { $total } registrations
admin-present = present
admin-approve = Accept
admin-reject = Decline
admin-message = Message to the person
admin-reason = Reason
admin-cancel = Cancel
admin-seat = Give a place
admin-wait = Move to waiting list
admin-walk-in = Walk-in without registration
admin-walk-in-add = Add person
admin-done-approve = The registration has been accepted. The person will receive an email.
admin-done-reject = The registration has been declined. The person will receive an email, and the place goes to the waiting list.
admin-done-cancel = The registration has been cancelled. The person will receive an email.
admin-done-seat = The person now has a place and will receive an email.
admin-done-wait = The person is now on the waiting list. Their place has gone to the first person on the waiting list.
admin-done-walk-in = The person has been added and marked as present.
admin-done-no-seat = There is no free place.
admin-done-wrong-state = This is not possible for this registration.
admin-message-all = Message to everyone registered
admin-message-subject = Subject
admin-message-body = Text
admin-message-send = Send message
admin-move-event = Move the event
admin-move-date = New date
admin-move-starts = Start
admin-move-ends = End
admin-move-button = Move the event and notify everyone
admin-cancel-event = Cancel the event
admin-cancel-event-button = Cancel the event and notify everyone
admin-done-event-cancelled = The event is cancelled. Everyone registered gets an e-mail.
admin-done-event-moved = The event has moved. Everyone registered gets the new calendar entry.
admin-done-message-sent = The message is on its way to everyone registered.
admin-done-invalid-time = Please enter a valid date and an end time after the start time.
admin-edit = Edit
admin-edit-heading = Edit: { $event }
admin-edit-title = Title
admin-edit-public-page = Public page
admin-edit-saved = Saved.
admin-edit-languages-hint = German is required. The other languages are translations; where one is missing, readers see the German text with a notice.
admin-edit-deadline-hint = The last day on which people can register. It counts until midnight.
admin-edit-waiting-list = Waiting list when all places are taken
admin-edit-published = Published
admin-edit-save = Save
admin-edit-capacity-invalid = Please enter a number between 1 and 100000.
admin-edit-deadline-invalid = Please enter a valid date.
admin-edit-reserved-needs-groups = A reserved event needs the groups it is reserved for.
admin-edit-capacity-taken = More places are already taken. The number of places cannot be lower than that.
admin-codes = Invitation codes
admin-codes-left = { $left } of { $uses } uses left
admin-codes-hint = At least 6 characters. The code is only stored encrypted: write it down now.
admin-codes-uses = How often the code can be used
admin-codes-add = Create code
admin-question-label = Question
admin-question-required = Required question
admin-question-add = Add the question
admin-question-remove = Remove the question
admin-groups = Groups
admin-groups-eligible-hint = One group per line, then translations such as “en: …”. The order stays: line 1 changes group 1.
admin-groups-working-hint = One working group per line: title | places | en: … – places and translations are optional.
admin-groups-save = Save the groups
admin-groups-saved = The groups are saved.
admin-groups-too-small = A working group would have fewer places than are already taken. Nothing was changed.
admin-groups-in-use = A group that was to be removed has already been chosen. Nothing was changed.
admin-groups-invalid = Please check the lines; a reserved event needs at least one group. Nothing was changed.
admin-new-event = Create a new event
admin-new-event-title = New event: { $process }
admin-new-event-create = Create the event
admin-new-slug = Short name for the address
admin-new-slug-hint = Lowercase letters, digits and hyphens, for example open-event-2.
admin-new-slug-invalid = Please use only lowercase letters, digits and single hyphens.
admin-new-slug-taken = Another event already has this short name.
admin-new-deadline-invalid = The registration deadline must be a valid date before the event.
admin-new-group-size-invalid = Please give a working group's size as a number, for example “Language | 17”.
admin-new-venue = New venue (details below)
admin-new-venue-hint = For a new venue choose “New venue” above and fill in the fields below.
admin-new-venue-incomplete = A new venue needs a name, a street and a city.
admin-venue = Venue
admin-venue-name = Name of the venue
admin-venue-street = Street and number
admin-venue-postal-code = Postcode
admin-venue-city = City
admin-venue-entrance = Entrance
admin-venue-title = Edit the venue
admin-venue-accessibility = Accessibility notes
admin-venue-shared = Every event at this venue shows the changes.
admin-new-groups-hint = Only for reserved events: one group per line.
admin-new-working-groups-hint = One working group per line; with “| 17” at the end it has 17 places.
admin-new-process = Create a new participation process
admin-new-process-create = Create the process
admin-edit-process = Edit the process
admin-process-motto = Motto
admin-process-summary = Summary (Markdown)
admin-process-analysis = Part 1: analysis
admin-process-plan = Part 2: action plan
admin-process-person = Contact person
admin-process-time-zone = Time zone
admin-process-time-zone-invalid = Please enter a time zone such as Europe/Berlin.
admin-process-phases-hint = One phase per line: kind | first day | last day | title, then translations such as “en: …”. Example: “participation | 2021-06-11 | 2021-07-18 | Beteiligung | en: Participation”. Kinds: information, participation, evaluation, council_decision, implementation.
admin-process-phases-invalid = Please check the phases: kind, two dates (the second not before the first) and a title, separated by |.
admin-process-fields-hint = One field of action per line: short name | title, then translations such as “en: …”. Example: “wohnen | Wohnen | en: Housing”. Existing fields are changed by their short name; none is deleted.
admin-process-fields-invalid = Please check the fields of action: short name (lowercase letters, digits, hyphens) | title.
admin-need-interpretation = Interpreting: { $language }
admin-need-sign-language = Sign language
admin-need-step-free = step-free
admin-col-given-name = First name
admin-col-family-name = Last name
admin-col-email = Email
admin-col-phone = Phone
admin-col-organisation = Organisation
admin-col-group = Group
admin-col-working-group = Working group
admin-col-status = Status
admin-col-position = Waiting list position
admin-col-needs = Needs
admin-col-language = Language
admin-col-ticket = Ticket code
admin-col-registered = Registered on
admin-col-present = Present since
admin-col-actions = Actions
admin-col-kind = Type
admin-col-attempts = Attempts
admin-outbox-status-pending = Waiting
admin-outbox-status-sent = Sent
admin-outbox-status-failed = Failed
admin-col-error = Error
admin-col-when = Time
admin-col-who = Who
admin-col-what = What
admin-col-subject = Affected
admin-retry = Send again
admin-no-shows = Did not attend
admin-interpretation = Interpreting into
admin-count = Number
checkin-title = Check-in: { $event }
checkin-counts = { $present } present · { $confirmed } registered · { $capacity } places
checkin-code = Ticket code
checkin-code-hint = Type in the code or read it with a scanner, for example K7QMP-3XA9D.
checkin-button = Check in
checkin-scan = Scan with the camera
checkin-scan-stop = Turn the camera off
checkin-search = Search for a person by name
checkin-none-found = Nobody with this name has a place.
checkin-mark = { $name } is here
checkin-done = { $name } has been checked in.
checkin-already = { $name } was already checked in at { $time }.
checkin-no-place = { $name } does not have a place: { $status }.
checkin-unknown = This ticket code does not exist for this event.

## Site chrome

site-name = mitwirken
site-tagline = Have your say in your city
skip-to-content = Skip to content
language-switch = Choose language
footer-navigation = Legal information and accessibility
notice-german-fallback = Some content on this page is not yet available in your language. It is shown in German.
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
register-by-mail-title = How to register
register-by-mail-text = Online registration for this event is not available yet. Please register with the organiser by the registration deadline:

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
error-home-link = Go to the home page

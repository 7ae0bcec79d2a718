### Leichte Sprache (de-x-ls): the key pages and the mails about registrations.
### Every id here also exists in locales/de; ids missing here fall back to standard German.
### Terms used throughout: Beteiligungs·verfahren (process), Veranstaltung (event),
### Anmeldung / sich anmelden (registration), bestätigen (confirm), absagen (cancel a registration),
### eine Veranstaltung fällt aus (the event is cancelled), Warte·liste (waiting list),
### Ticket-Code (ticket code), Arbeits·gruppe (working group), Aktions·plan (action plan),
### "wir" speaks for the organiser.

## Site chrome

site-name = mitwirken
site-tagline = Mitreden in Ihrer Stadt
skip-to-content = Direkt zum Inhalt
language-switch = Sprache wählen
footer-navigation = Wichtige Informationen über diese Internet-Seite
notice-german-fallback = Einige Texte auf dieser Seite gibt es noch nicht in Leichter Sprache. Diese Texte sind in schwerer Sprache.
notice-partial-fallback = Manches auf dieser Seite gibt es noch nicht in Leichter Sprache. Das steht hier in schwerer Sprache.
form-send = Abschicken
example-content = Das ist nur ein Beispiel.
account-navigation = Ihr Konto
nav-signin = Anmelden und mitreden
nav-me = Meine Seite

## Dates and times

weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
# Sonntag, 27. Juni 2021
date-long = { $weekday }, { $day }. { $month } { $year }
# Sonntag, 27. Juni 2021, von 10:00 Uhr bis 16:00 Uhr
date-time-range = { $date }, von { $start } Uhr bis { $end } Uhr
date-time-range-days = { $startdate }, { $start } Uhr, bis { $enddate }, { $end } Uhr
# Dienstag, 15. Juni 2021, um 10:00 Uhr
date-time = { $date }, um { $time } Uhr
# The dates of one step of the process, shown on a line of their own.
date-range = Von { $start } bis { $end }

## Home

home-title = Beteiligungs·verfahren
home-intro = Hier können Sie bei Ihrer Stadt mitreden. Dafür gibt es Beteiligungs·verfahren. Das heißt: Die Stadt fragt die Menschen nach ihrer Meinung. Sie können sich hier informieren. Sie können sich für Veranstaltungen anmelden. Und Sie können Ihre Ideen sagen.
home-empty = Im Moment gibt es hier keine Beteiligungs·verfahren.

## Process

process-organiser = Wer lädt ein?
process-source = Woher kommen diese Informationen?
process-source-link = Aus einem Text von der Stadt für die Zeitungen
process-parts = Die 2 Teile
process-events = Veranstaltungen
process-no-events = Bis jetzt gibt es noch keine Veranstaltungen.
process-calendar = Alle Termine für Ihren Kalender herunterladen
process-phases = So läuft das Beteiligungs·verfahren ab
process-fields = Die Themen
process-current-phase = Das passiert gerade: { $phase }
process-between-phases = Im Moment läuft kein Schritt. Bald geht es weiter.
process-finished = Dieses Beteiligungs·verfahren ist vorbei.
process-search = Ein Wort suchen
search-submit = Suchen
phase-current = Jetzt
phase-now-information = Jetzt können Sie hier lesen: Worum geht es?
phase-now-participation = Jetzt können Sie mitmachen. Melden Sie sich für eine Veranstaltung an.
phase-now-evaluation = Jetzt liest die Stadt alle Ideen genau. Dann schreibt die Stadt den Aktions·plan. Im Aktions·plan steht: Was will die Stadt tun?
phase-now-council_decision = Im Aktions·plan steht: Was will die Stadt tun? Jetzt entscheidet der Stadt·rat über den Aktions·plan. Im Stadt·rat sind gewählte Politikerinnen und Politiker aus Ihrer Stadt.
phase-now-implementation = Jetzt macht die Stadt das, was im Aktions·plan steht.
analysis-process-link = Zu den Themen: Was war in den letzten Jahren?
analysis-field-link = Lesen und Ihre Meinung schreiben
plan-read = Zum Aktions·plan: Was will die Stadt tun?
papers-link = Texte von Vereinen und Gruppen mit ihrer Meinung
proposals-field-link = { $count ->
    [0] Noch keine Vorschläge
    [one] 1 Vorschlag
   *[other] { $count } Vorschläge
}

## Events

event-when = Wann?
event-where = Wo?
event-audience = Für wen?
event-reserved-groups = Diese Veranstaltung ist nur für diese Gruppen:
event-places = Wie viele Plätze gibt es?
event-deadline = Anmelde·schluss: Bis zu diesem Tag können Sie sich anmelden.
event-fee = Was kostet es?
event-on-site = Wichtig bei der Veranstaltung
event-register = Jetzt anmelden
event-calendar = Termin für Ihren Kalender herunterladen
event-about = Worum geht es bei der Veranstaltung?
event-working-groups = Arbeits·gruppen: Sie arbeiten in kleinen Gruppen zu einem Thema.
access-open = Alle können kommen
access-reserved = Nur für bestimmte Gruppen
access-invitation = Nur mit Einladung
places-left = { $count ->
    [0] Es gibt { $capacity } Plätze. Alle Plätze sind vergeben.
    [one] Es gibt { $capacity } Plätze. 1 Platz ist noch frei.
   *[other] Es gibt { $capacity } Plätze. { $count } Plätze sind noch frei.
}
fee-free = Es kostet nichts.
fee-amount = Es kostet { $euros },{ $cents } Euro.
registration-open = Sie können sich anmelden
registration-open-until = Der letzte Tag für die Anmeldung ist { $deadline }.
registration-not-yet-open = Sie können sich noch nicht anmelden
registration-opens-at = Sie können sich ab { $opens } anmelden.
registration-closed = Die Anmeldung ist vorbei
registration-closed-since = Der letzte Tag für die Anmeldung war { $deadline }.
registration-full = Alle Plätze sind vergeben
registration-full-detail = Sie können sich nicht mehr anmelden.
registration-waiting-list = Alle Plätze vergeben: Warte·liste
registration-cancelled = Fällt aus
registration-cancelled-detail = Diese Veranstaltung fällt aus. Sie findet nicht statt.

## Registration

register-title = Anmeldung
register-title-event = Anmeldung: { $event }
register-full = Leider sind alle Plätze vergeben. Es gibt keine Warte·liste. Sie können sich nicht mehr anmelden.
form-required-note = Bei manchen Feldern steht: (freiwillig). Diese Felder müssen Sie nicht ausfüllen. Alle anderen Felder müssen Sie ausfüllen.
form-about-you = Über Sie
form-given-name = Vorname
form-family-name = Nachname
form-email = E-Mail-Adresse
form-phone = Telefon·nummer
form-language = In welcher Sprache sollen wir Ihnen schreiben?
form-language-hint = Wir schicken Ihnen E-Mails in dieser Sprache.
form-organisation-legend = Ihr Verein oder Ihre Organisation
form-organisation = Name von Ihrem Verein oder Ihrer Organisation
form-eligible-group = Zu welcher Gruppe gehören Sie?
form-eligible-group-hint = Diese Veranstaltung ist nur für bestimmte Gruppen. Wir prüfen Ihre Angabe.
form-optional = (freiwillig)
form-choose = Bitte wählen
form-invitation-code = Einladungs·code: Diesen Code haben Sie mit der Einladung bekommen.
form-working-group = Arbeits·gruppe
form-working-group-hint = Bei der Veranstaltung arbeiten Sie in einer kleinen Gruppe. Jede Gruppe hat ein Thema. Hier können Sie eine Gruppe wählen. Jede Gruppe hat nur eine bestimmte Zahl an Plätzen.
form-working-group-none = Ich wähle noch keine Gruppe.
form-needs = Was brauchen Sie bei der Veranstaltung?
form-interpretation = Ich brauche eine Person zum Übersetzen in diese Sprache
form-sign-language = Ich brauche Gebärden·sprache.
form-step-free = Ich brauche einen Weg ohne Stufen. Zum Beispiel für einen Roll·stuhl.
form-other-needs = Ich brauche noch etwas anderes
form-questions = Wir haben noch mehr Fragen an Sie
form-privacy = Ihre Daten
form-consent = Ich bin einverstanden: Meine Angaben dürfen für diese Veranstaltung genutzt werden.
form-consent-hint = Wir nutzen Ihre Angaben nur für diese Veranstaltung. Danach löschen wir Ihre Angaben. Mehr dazu lesen Sie hier:
form-submit = Anmeldung abschicken
form-error-summary = { $count ->
    [one] Bei 1 Angabe ist ein Fehler. Bitte ändern Sie diese Angabe:
   *[other] Bei { $count } Angaben ist ein Fehler. Bitte ändern Sie diese Angaben:
}
form-error-required = Bitte füllen Sie dieses Feld aus.
form-error-email = Bitte schreiben Sie eine richtige E-Mail-Adresse. Zum Beispiel: name@beispiel.de
form-error-too-long = Der Text ist zu lang. Sie dürfen höchstens { $count } Zeichen schreiben. Zeichen sind zum Beispiel Buchstaben, Zahlen und Leer·zeichen.
form-error-choice = Bitte wählen Sie eine Möglichkeit aus der Liste.
form-error-phone = Bitte schreiben Sie nur Zahlen in die Telefon·nummer. Diese Zeichen dürfen Sie auch benutzen: Leer·zeichen und + - / ( )
form-error-code = Dieser Einladungs·code geht nicht. Vielleicht ist der Code falsch. Oder schon zu viele Menschen haben den Code benutzt.
form-error-group-full = Diese Arbeits·gruppe ist voll. Bitte wählen Sie eine andere Arbeits·gruppe.
sent-title = Fast fertig
sent-check-mail = Bitte schauen Sie in Ihre E-Mails.
sent-text = Wir haben Ihnen eine E-Mail geschickt. In der E-Mail ist ein Link. Bitte klicken Sie auf den Link. So bestätigen Sie Ihre Anmeldung. Bestätigen heißt: Sie sagen noch einmal Ja. Erst dann gilt Ihre Anmeldung.
sent-hold = { $count ->
    [one] Ist noch ein Platz frei? Dann halten wir den Platz 1 Minute für Sie frei. Bitte bestätigen Sie Ihre Anmeldung in dieser Zeit.
   *[other] Ist noch ein Platz frei? Dann halten wir den Platz { $count } Minuten für Sie frei. Bitte bestätigen Sie Ihre Anmeldung in dieser Zeit.
}
sent-no-mail = Vielleicht ist keine E-Mail gekommen. Dann schauen Sie bitte im Spam-Ordner nach. Der Spam-Ordner ist ein Ordner für Werbung in Ihrem E-Mail-Programm. Manchmal kommen auch wichtige E-Mails in diesen Ordner.
sent-back = Zurück zur Veranstaltung
confirm-title = Anmeldung bestätigen
confirm-text = Bitte bestätigen Sie Ihre Anmeldung. Bestätigen heißt: Sie sagen noch einmal Ja. Klicken Sie dafür auf den Knopf unten.
confirm-button = Ja, ich bestätige meine Anmeldung

## Manage page and the states of a registration

manage-title = Ihre Anmeldung
manage-name = Name
manage-event = Veranstaltung
manage-ticket = Ihr Ticket-Code
manage-ticket-hint = Mit diesem Code kommen Sie in die Veranstaltung. Zeigen Sie den Code am Eingang. Sie können den Code auf dem Handy zeigen. Oder Sie drucken den Code auf Papier aus.
manage-cancel-heading = Absagen
manage-cancel-text = Vielleicht können Sie nicht kommen. Dann sagen Sie bitte ab. Dann bekommt eine andere Person Ihren Platz.
manage-cancel-button = Anmeldung absagen
status-unconfirmed = Noch nicht bestätigt
status-unconfirmed-text = Bitte bestätigen Sie Ihre Anmeldung. Dafür haben wir Ihnen eine E-Mail mit einem Link geschickt. Bitte klicken Sie auf den Link in der E-Mail.
status-awaiting-approval = Wir prüfen Ihre Anmeldung
status-awaiting-approval-text = Wir halten einen Platz für Sie frei. Diese Veranstaltung ist nur für bestimmte Gruppen. Darum prüfen wir Ihre Anmeldung. Danach schreiben wir Ihnen.
status-confirmed = Angemeldet
status-confirmed-text = Sie sind angemeldet. Sie haben einen Platz. Wir freuen uns auf Sie.
status-waiting = Warte·liste
status-waiting-text = Sie stehen auf der Warte·liste. Das heißt: Sie haben noch keinen Platz. Wenn Sie einen Platz bekommen, schreiben wir Ihnen eine E-Mail.
status-waiting-position = Sie stehen auf der Warte·liste. Das heißt: Sie haben noch keinen Platz. Sie sind die Nummer { $position } auf der Warte·liste. Wenn Sie einen Platz bekommen, schreiben wir Ihnen eine E-Mail.
status-cancelled = Abgesagt
status-cancelled-text = Ihre Anmeldung ist abgesagt. Sie haben keinen Platz mehr.
status-rejected = Nicht angenommen
status-rejected-text = Wir können Ihre Anmeldung leider nicht annehmen.

## Legal pages

imprint-title = Impressum: Wer macht diese Internet-Seite?
privacy-title = Datenschutz: Was passiert mit Ihren Daten?
accessibility-title = Barriere·freiheit
accessibility-feedback-heading = Ein Problem mit der Seite melden

## Errors

error-not-found-title = Diese Seite gibt es nicht
error-not-found-text = Vielleicht hat sich die Adresse von der Seite geändert. Oder in der Adresse ist ein Fehler.
error-unavailable-title = Die Seite geht gerade nicht
error-unavailable-text = Im Moment funktioniert die Internet-Seite nicht. Bitte versuchen Sie es in ein paar Minuten noch einmal. Ihre Angaben sind nicht weg.
error-internal-title = Es gibt einen Fehler
error-internal-text = Etwas hat nicht funktioniert. Bitte versuchen Sie es noch einmal.
error-forbidden-title = Das ist nicht erlaubt
error-forbidden-text = Wir können das leider nicht annehmen. Bitte laden Sie die Seite neu. Versuchen Sie es dann noch einmal.
error-home-link = Zur Startseite

## Mails about registrations
## Subjects stay on one line. In bodies each sentence has a line of its own.

mail-greeting = Guten Tag { $name },
mail-confirm-link = Anmeldung bestätigen
mail-manage-link = Anmeldung ansehen oder absagen
mail-footer =
    Ein Computer hat diese E-Mail geschickt.
    Haben Sie Fragen? Dann antworten Sie auf diese E-Mail.
mail-confirm-address-subject = Bitte bestätigen Sie Ihre Anmeldung: { $event }
mail-confirm-address-body =
    Sie haben sich für „{ $event }“ angemeldet.
    Bitte bestätigen Sie Ihre Anmeldung.
    Bestätigen heißt: Sie sagen noch einmal Ja.
    Klicken Sie dafür auf den Link unten.
    Erst dann gilt Ihre Anmeldung.
mail-already-registered-subject = Ihre Anmeldung: { $event }
mail-already-registered-body =
    Mit dieser E-Mail-Adresse gibt es schon eine Anmeldung für „{ $event }“.
    Sie müssen sich nicht noch einmal anmelden.
    Klicken Sie auf den Link unten.
    Dann sehen Sie mehr über Ihre Anmeldung.
mail-confirmed-subject = Sie sind angemeldet: { $event }
mail-confirmed-body =
    Ihre Anmeldung für „{ $event }“ ist bestätigt.
    Sie haben einen Platz.
    Wir freuen uns auf Sie.
    An dieser E-Mail hängt eine Datei für Ihren Kalender.
    Mit der Datei können Sie den Termin in Ihren Kalender eintragen.
    Zum Beispiel in den Kalender auf Ihrem Handy.
    Bitte bringen Sie Ihren Ticket-Code mit.
    Den Ticket-Code finden Sie unten in dieser E-Mail.
    Zeigen Sie den Ticket-Code am Eingang.
mail-awaiting-approval-subject = Wir prüfen Ihre Anmeldung: { $event }
mail-awaiting-approval-body =
    Danke für Ihre Bestätigung.
    Wir halten einen Platz bei „{ $event }“ für Sie frei.
    Diese Veranstaltung ist nur für bestimmte Gruppen.
    Darum prüfen wir Ihre Anmeldung.
    Danach schreiben wir Ihnen wieder.
mail-approved-subject = Ihre Anmeldung ist angenommen: { $event }
mail-approved-body =
    Gute Nachricht: Wir haben Ihre Anmeldung für „{ $event }“ geprüft.
    Wir nehmen Ihre Anmeldung an.
    Sie haben einen Platz.
    An dieser E-Mail hängt eine Datei für Ihren Kalender.
    Mit der Datei können Sie den Termin in Ihren Kalender eintragen.
    Bitte bringen Sie Ihren Ticket-Code mit.
    Den Ticket-Code finden Sie unten in dieser E-Mail.
    Zeigen Sie den Ticket-Code am Eingang.
mail-waiting-list-subject = Sie stehen auf der Warte·liste: { $event }
mail-waiting-list-body =
    Alle Plätze für „{ $event }“ sind vergeben.
    Darum stehen Sie auf der Warte·liste.
    Warte·liste heißt: Sie haben noch keinen Platz.
    Vielleicht sagt eine andere Person ab.
    Dann wird ein Platz frei.
    Den Platz bekommt die erste Person auf der Warte·liste.
    Sie sind die Nummer { $position } auf der Warte·liste.
    Wenn Sie einen Platz bekommen, schreiben wir Ihnen.
mail-promoted-subject = Ein Platz ist frei geworden: { $event }
mail-promoted-body =
    Gute Nachricht: Bei „{ $event }“ ist ein Platz frei geworden.
    Der Platz ist jetzt für Sie.
    Mit dem Link unten sehen Sie Ihre Anmeldung.
mail-cancelled-subject = Ihre Anmeldung ist abgesagt: { $event }
mail-cancelled-body =
    Ihre Anmeldung für „{ $event }“ ist abgesagt.
    Sie haben jetzt keinen Platz mehr.
mail-rejected-subject = Ihre Anmeldung: { $event }
mail-rejected-body =
    Wir können Ihre Anmeldung für „{ $event }“ leider nicht annehmen.
    { $message }
mail-reminder-subject = Erinnerung: { $event } am { $when }
mail-reminder-body =
    Bald ist die Veranstaltung „{ $event }“.
    Wir freuen uns auf Sie.
    Bitte bringen Sie Ihren Ticket-Code mit.
    Den Ticket-Code finden Sie unten in dieser E-Mail.
    Bitte lesen Sie auch unten: Wichtig bei der Veranstaltung.
    Vielleicht können Sie nicht kommen.
    Dann sagen Sie bitte ab.
    Dann bekommt eine andere Person Ihren Platz.
    Zum Absagen klicken Sie auf den Link unten.
mail-event-cancelled-subject = Die Veranstaltung fällt aus: { $event }
mail-event-cancelled-body =
    Die Veranstaltung „{ $event }“ am { $when } fällt leider aus.
    { $message }
    Sie müssen nichts tun.
    Hängt an dieser E-Mail eine Datei für Ihren Kalender?
    Dann öffnen Sie die Datei.
    Die Datei löscht den Termin aus Ihrem Kalender.
mail-event-changed-subject = Neuer Termin: { $event }
mail-event-changed-body =
    Die Veranstaltung „{ $event }“ hat einen neuen Termin:
    { $when }.
    Ihre Anmeldung gilt auch für den neuen Termin.
    Sie müssen sich nicht neu anmelden.
    Hängt an dieser E-Mail eine Datei für Ihren Kalender?
    Dann öffnen Sie die Datei.
    So kommt der neue Termin in Ihren Kalender.
    Vielleicht passt Ihnen der neue Termin nicht.
    Dann sagen Sie bitte ab.
    Zum Absagen klicken Sie auf den Link unten.
mail-message-subject = { $subject } – { $event }
mail-message-body =
    Wir haben eine Nachricht für Sie:
    { $message }

## Mails to participants: the link to sign in, and answers to proposals

mail-greeting-participant = Guten Tag,
mail-sign-in-link-subject = Ihr Link zum Anmelden
mail-sign-in-link-body =
    Sie wollen sich bei mitwirken anmelden.
    Klicken Sie dafür auf den Link unten.
    Der Link gilt 30 Minuten.
    Sie können den Link nur 1 Mal benutzen.
    Vielleicht wollten Sie sich gar nicht anmelden.
    Dann müssen Sie nichts tun.
mail-sign-in-link-label = Jetzt anmelden
mail-proposal-answered-subject = Antwort auf den Vorschlag „{ $title }“
mail-proposal-answered-body =
    { $role ->
        [author] Sie haben einen Vorschlag gemacht: „{ $title }“.
       *[supporter] Sie unterstützen den Vorschlag „{ $title }“.
    }
    Wir haben jetzt auf den Vorschlag geantwortet.
    { $state ->
        [adopted] Der Vorschlag ist angenommen. Er ist jetzt ein Teil vom Aktions·plan. Im Aktions·plan steht: Was will die Stadt tun?
        [merged] Es gab einen ähnlichen Vorschlag. Wir haben aus den beiden Vorschlägen 1 Vorschlag gemacht.
       *[not_adopted] Der Vorschlag ist nicht angenommen.
    }
    Das ist unsere Antwort:
    { $answer }
mail-proposal-link = Vorschlag und Antwort ansehen

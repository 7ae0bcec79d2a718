## Site chrome

site-name = mitwirken
site-tagline = Beteiligung in Ihrer Stadt
skip-to-content = Zum Inhalt springen
language-switch = Sprache wählen
footer-navigation = Rechtliches und Barrierefreiheit
notice-german-fallback = Einige Inhalte dieser Seite gibt es noch nicht in Ihrer Sprache. Sie werden auf Deutsch angezeigt.
example-content = Beispielinhalt

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
# Sonntag, 27. Juni 2021, 10:00–16:00 Uhr
date-time-range = { $date }, { $start }–{ $end } Uhr
date-time-range-days = { $startdate }, { $start } Uhr bis { $enddate }, { $end } Uhr
date-time = { $date }, { $time } Uhr
date-range = { $start } bis { $end }

## Home

home-title = Beteiligungsverfahren
home-intro = Hier können Sie sich informieren, zu Veranstaltungen anmelden und Ihre Ideen einbringen.
home-empty = Zurzeit gibt es keine veröffentlichten Beteiligungsverfahren.

## Process

process-organiser = Veranstalterin
process-source = Quelle
process-source-link = Pressemitteilung der Stadt
process-parts = Die zwei Teile
process-events = Veranstaltungen
process-no-events = Für dieses Verfahren sind noch keine Veranstaltungen angekündigt.
process-calendar = Alle Termine in Ihren Kalender übernehmen (iCal-Datei)
process-phases = Ablauf
process-fields = Handlungsfelder
process-current-phase = Aktuelle Phase: { $phase }
process-between-phases = Gerade läuft keine Phase. Die nächsten Schritte stehen im Ablauf.
process-finished = Dieses Verfahren ist abgeschlossen.
phase-current = jetzt
phase-now-information = Jetzt können Sie sich über das Verfahren informieren.
phase-now-participation = Jetzt können Sie mitmachen: Melden Sie sich zu einer Veranstaltung an.
phase-now-evaluation = Jetzt werden die Ergebnisse ausgewertet und der Aktionsplan geschrieben.
phase-now-council_decision = Jetzt entscheidet der Stadtrat über den Aktionsplan.
phase-now-implementation = Jetzt wird der Aktionsplan umgesetzt.

## Events

event-when = Datum und Uhrzeit
event-where = Ort
event-audience = Für wen
event-reserved-groups = Diese Veranstaltung ist reserviert für:
event-places = Plätze
event-deadline = Anmeldeschluss
event-fee = Kosten
event-on-site = Vor Ort beachten
event-register = Jetzt anmelden
event-calendar = In den Kalender übernehmen
event-about = Über die Veranstaltung
event-working-groups = Arbeitsgruppen
access-open = Offen für alle
access-reserved = Reserviert
access-invitation = Nur mit Einladung
places-left = { $count ->
    [0] Alle { $capacity } Plätze sind vergeben.
    [one] Noch 1 von { $capacity } Plätzen frei
   *[other] Noch { $count } von { $capacity } Plätzen frei
}
fee-free = kostenlos
fee-amount = { $euros },{ $cents } Euro
registration-open = Anmeldung möglich
registration-open-until = Anmeldung bis einschließlich { $deadline }.
registration-not-yet-open = Anmeldung noch nicht möglich
registration-opens-at = Die Anmeldung beginnt am { $opens }.
registration-closed = Anmeldung geschlossen
registration-closed-since = Der Anmeldeschluss war { $deadline }.
registration-full = Ausgebucht
registration-full-detail = Alle Plätze sind vergeben.
registration-waiting-list = Ausgebucht – Warteliste
registration-cancelled = Abgesagt
registration-cancelled-detail = Diese Veranstaltung findet nicht statt.

## Registration

register-title = Anmeldung
register-title-event = Anmeldung: { $event }
register-full = Leider sind alle Plätze vergeben, und es gibt keine Warteliste.
form-required-note = Felder ohne den Zusatz „freiwillig“ müssen Sie ausfüllen.
form-about-you = Über Sie
form-given-name = Vorname
form-family-name = Nachname
form-email = E-Mail-Adresse
form-phone = Telefonnummer
form-language = In welcher Sprache sollen wir Ihnen schreiben?
form-language-hint = Wir schicken Ihnen E-Mails in dieser Sprache.
form-organisation-legend = Ihre Organisation
form-organisation = Organisation oder Verein
form-eligible-group = Zu welcher Gruppe gehören Sie?
form-eligible-group-hint = Diese Veranstaltung ist für bestimmte Gruppen reserviert. Die Veranstalterin prüft Ihre Angabe.
form-optional = (freiwillig)
form-choose = Bitte wählen
form-invitation-code = Einladungscode
form-working-group = Arbeitsgruppe
form-working-group-hint = Sie können eine Arbeitsgruppe wählen. Jede Gruppe hat eine begrenzte Zahl an Plätzen.
form-working-group-none = Noch keine Auswahl
form-needs = Was brauchen Sie, um teilnehmen zu können?
form-interpretation = Ich brauche eine Übersetzung in diese Sprache
form-sign-language = Ich brauche Gebärdensprache.
form-step-free = Ich brauche einen Zugang ohne Stufen.
form-other-needs = Sonstiges
form-questions = Weitere Fragen der Veranstalterin
form-privacy = Datenschutz
form-consent = Ich bin einverstanden, dass meine Angaben für diese Veranstaltung verarbeitet werden.
form-consent-hint = Wir nutzen Ihre Angaben nur für diese Veranstaltung und löschen sie danach. Mehr dazu:
form-submit = Anmeldung absenden
form-error-summary = { $count ->
    [one] Bitte korrigieren Sie 1 Angabe:
   *[other] Bitte korrigieren Sie { $count } Angaben:
}
form-error-required = Bitte füllen Sie dieses Feld aus.
form-error-email = Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.
form-error-too-long = Bitte schreiben Sie höchstens { $count } Zeichen.
form-error-choice = Bitte wählen Sie eine der angebotenen Möglichkeiten.
form-error-phone = Bitte nutzen Sie nur Ziffern, Leerzeichen und + - / ( ).
form-error-code = Dieser Einladungscode ist nicht gültig oder schon aufgebraucht.
form-error-group-full = Diese Arbeitsgruppe ist voll. Bitte wählen Sie eine andere.
sent-title = Fast geschafft
sent-check-mail = Bitte schauen Sie in Ihr E-Mail-Postfach.
sent-text = Wir haben Ihnen eine E-Mail geschickt. Bitte klicken Sie auf den Link in der E-Mail und bestätigen Sie Ihre Anmeldung.
sent-hold = { $count ->
    [one] Wenn noch ein Platz frei ist, halten wir ihn 1 Minute für Sie frei.
   *[other] Wenn noch ein Platz frei ist, halten wir ihn { $count } Minuten für Sie frei.
}
sent-no-mail = Keine E-Mail bekommen? Schauen Sie auch im Spam-Ordner nach.
sent-back = Zurück zur Veranstaltung
confirm-title = Anmeldung bestätigen
confirm-text = Bitte bestätigen Sie Ihre Anmeldung mit einem Klick auf den Knopf.
confirm-button = Ja, ich bestätige meine Anmeldung
manage-title = Ihre Anmeldung
manage-name = Name
manage-event = Veranstaltung
manage-ticket = Ihr Ticket-Code
manage-ticket-hint = Zeigen Sie diesen Code am Eingang, auf dem Handy oder ausgedruckt.
manage-cancel-heading = Absagen
manage-cancel-text = Sie können nicht kommen? Bitte sagen Sie ab. Dann bekommt jemand anderes Ihren Platz.
manage-cancel-button = Anmeldung absagen
status-unconfirmed = Noch nicht bestätigt
status-unconfirmed-text = Bitte bestätigen Sie Ihre Anmeldung über den Link in unserer E-Mail.
status-awaiting-approval = Wird geprüft
status-awaiting-approval-text = Ihr Platz ist reserviert. Die Veranstalterin prüft Ihre Anmeldung und schreibt Ihnen.
status-confirmed = Angemeldet
status-confirmed-text = Sie sind angemeldet. Wir freuen uns auf Sie.
status-waiting = Warteliste
status-waiting-text = Sie stehen auf der Warteliste.
status-waiting-position = Sie stehen auf der Warteliste, auf Platz { $position }. Wenn ein Platz frei wird, bekommen Sie eine E-Mail.
status-cancelled = Abgesagt
status-cancelled-text = Sie haben Ihre Anmeldung abgesagt.
status-rejected = Nicht angenommen
status-rejected-text = Die Veranstalterin konnte Ihre Anmeldung leider nicht annehmen.

## Legal pages

imprint-title = Impressum
imprint-default-intro = Angaben zum Anbieter dieser Website.
imprint-operator = Anbieter
imprint-operator-unset = Der Betreiber hat noch keine Angaben hinterlegt.
imprint-contact = Kontakt
privacy-title = Datenschutz
privacy-default-intro = Wir verarbeiten nur die Daten, die wir für die Beteiligung brauchen.
privacy-data-heading = Welche Daten wir verarbeiten
privacy-data-reading = Wenn Sie diese Seiten nur lesen, speichern wir keine persönlichen Daten. IP-Adressen werden nicht im Klartext gespeichert.
privacy-data-cookie = Wenn Sie eine Sprache wählen, speichern wir Ihre Wahl in einem Cookie. Es enthält nur das Sprachkürzel.
privacy-data-registration = Wenn Sie sich zu einer Veranstaltung anmelden, verarbeiten wir Ihre Angaben nur für diese Veranstaltung und löschen sie nach den festgelegten Fristen.
privacy-data-third-parties = Diese Website lädt nichts von anderen Servern: keine Schriften, keine Skripte, keine Statistikdienste.
privacy-rights-heading = Ihre Rechte
privacy-rights-text = Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie das Recht auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.
accessibility-title = Barrierefreiheit
accessibility-default-intro = Diese Erklärung zur Barrierefreiheit gilt für diese Website. Wir wollen sie nach der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich machen.
accessibility-status-heading = Stand der Vereinbarkeit mit den Anforderungen
accessibility-status-text = Die Website wird laufend automatisch und von Hand auf die Anforderungen der WCAG 2.1 Stufe AA geprüft. Sie funktioniert ohne JavaScript und mit der Tastatur.
accessibility-feedback-heading = Barrieren melden
accessibility-feedback-text = Ist Ihnen eine Barriere aufgefallen? Schreiben Sie uns:
accessibility-enforcement-heading = Schlichtungsverfahren
accessibility-enforcement-text = Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz Ihres Landes wenden.

## Errors

error-not-found-title = Seite nicht gefunden
error-not-found-text = Diese Seite gibt es nicht. Vielleicht hat sich die Adresse geändert.
error-unavailable-title = Vorübergehend nicht erreichbar
error-unavailable-text = Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal. Ihre Angaben gehen nicht verloren.
error-internal-title = Ein Fehler ist aufgetreten
error-internal-text = Etwas ist schiefgelaufen. Bitte versuchen Sie es noch einmal.
error-forbidden-title = Nicht erlaubt
error-forbidden-text = Diese Anfrage kam nicht von dieser Website. Bitte öffnen Sie die Seite neu und versuchen Sie es noch einmal.
error-home-link = Zur Startseite

## Mails

mail-greeting = Guten Tag { $name },
mail-confirm-link = Anmeldung bestätigen
mail-manage-link = Anmeldung ansehen oder absagen
mail-footer = Diese E-Mail wurde automatisch verschickt. Bei Fragen antworten Sie der Veranstalterin.
mail-confirm-address-subject = Bitte bestätigen Sie Ihre Anmeldung: { $event }
mail-confirm-address-body = Sie haben sich zu „{ $event }“ angemeldet. Bitte bestätigen Sie Ihre Anmeldung mit dem Link unten. Erst dann ist sie gültig.
mail-already-registered-subject = Ihre Anmeldung: { $event }
mail-already-registered-body = Mit dieser E-Mail-Adresse gibt es schon eine Anmeldung für „{ $event }“. Über den Link unten sehen Sie, wo Sie stehen.
mail-confirmed-subject = Sie sind angemeldet: { $event }
mail-confirmed-body = Ihre Anmeldung für „{ $event }“ ist bestätigt. Im Anhang finden Sie einen Kalendereintrag. Bitte bringen Sie Ihren Ticket-Code mit.
mail-awaiting-approval-subject = Ihre Anmeldung wird geprüft: { $event }
mail-awaiting-approval-body = Danke für Ihre Bestätigung. Ihr Platz bei „{ $event }“ ist reserviert. Die Veranstalterin prüft Ihre Anmeldung und schreibt Ihnen dann.
mail-approved-subject = Ihre Anmeldung ist angenommen: { $event }
mail-approved-body = Die Veranstalterin hat Ihre Anmeldung für „{ $event }“ angenommen. Im Anhang finden Sie einen Kalendereintrag. Bitte bringen Sie Ihren Ticket-Code mit.
mail-waiting-list-subject = Sie stehen auf der Warteliste: { $event }
mail-waiting-list-body = Alle Plätze für „{ $event }“ sind vergeben. Sie stehen auf der Warteliste, auf Platz { $position }. Wenn ein Platz frei wird, schreiben wir Ihnen.
mail-promoted-subject = Ein Platz ist frei geworden: { $event }
mail-promoted-body = Gute Nachricht: Für „{ $event }“ ist ein Platz frei geworden. Er gehört jetzt Ihnen.
mail-cancelled-subject = Abgesagt: { $event }
mail-cancelled-body = Ihre Anmeldung für „{ $event }“ ist abgesagt. Schade, dass Sie nicht kommen können.
mail-rejected-subject = Ihre Anmeldung: { $event }
mail-rejected-body = Die Veranstalterin konnte Ihre Anmeldung für „{ $event }“ leider nicht annehmen. { $message }
mail-reminder-subject = Erinnerung: { $event } am { $when }
mail-reminder-body = Wir freuen uns auf Sie bei „{ $event }“. Bitte bringen Sie Ihren Ticket-Code mit und beachten Sie die Hinweise für vor Ort. Wenn Sie nicht kommen können, sagen Sie bitte ab, damit jemand anderes Ihren Platz bekommt.
mail-event-cancelled-subject = Abgesagt: { $event }
mail-event-cancelled-body = Die Veranstaltung „{ $event }“ am { $when } findet leider nicht statt. { $message } Sie müssen nichts tun. Ein angehängter Kalendereintrag entfernt den Termin.
mail-event-changed-subject = Neuer Termin: { $event }
mail-event-changed-body = Die Veranstaltung „{ $event }“ hat einen neuen Termin: { $when }. Ihre Anmeldung gilt weiter. Bitte übernehmen Sie den neuen Kalendereintrag.
mail-message-subject = { $subject } – { $event }
mail-message-body = { $message }

## Back office

admin-nav = Verwaltung
admin-title = Verwaltung
admin-logout = Abmelden
admin-login-title = Anmeldung für Mitarbeitende
admin-password = Passwort
admin-login-button = Anmelden
admin-login-wrong = E-Mail-Adresse oder Passwort stimmen nicht.
admin-login-locked = Zu viele Fehlversuche. Das Konto ist bis { $time } Uhr gesperrt.
admin-security-title = Sicherheit
admin-totp-heading = Zwei-Faktor-Anmeldung
admin-totp-code = Einmal-Code
admin-totp-code-hint = Nur nötig, wenn Sie die Zwei-Faktor-Anmeldung eingerichtet haben: der sechsstellige Code aus Ihrer App.
admin-totp-is-on = Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bei jeder Anmeldung brauchen Sie einen Code aus Ihrer App.
admin-totp-is-off = Die Zwei-Faktor-Anmeldung ist aus. Mit einer App für Einmal-Codes schützen Sie Ihr Konto besser.
admin-totp-start = Zwei-Faktor-Anmeldung einrichten
admin-totp-scan = Scannen Sie den Code mit Ihrer App oder tippen Sie den Schlüssel ein. Geben Sie dann den angezeigten Code ein.
admin-totp-key = Schlüssel:
admin-totp-confirm = Bestätigen und einschalten
admin-totp-disable = Zwei-Faktor-Anmeldung ausschalten
admin-totp-enabled = Die Zwei-Faktor-Anmeldung ist jetzt eingeschaltet.
admin-totp-disabled = Die Zwei-Faktor-Anmeldung ist ausgeschaltet.
admin-totp-wrong = Der Code stimmt nicht. Bitte nehmen Sie den aktuellen Code aus Ihrer App.
admin-welcome = Angemeldet als { $name }.
admin-no-processes = Ihnen ist noch kein Beteiligungsverfahren zugeordnet.
admin-outbox-title = Postausgang
admin-audit-title = Protokoll der Zugriffe
admin-registrations = Anmeldungen
admin-registrations-title = Anmeldungen: { $event }
admin-planning = Planungszahlen
admin-planning-title = Planungszahlen: { $event }
admin-checkin = Einlass
admin-seats-taken = { $taken } von { $capacity } Plätzen belegt
admin-export-csv = Liste als CSV
admin-export-xlsx = Liste als Excel-Datei
admin-export-pdf = Anwesenheitsliste (PDF)
attendance-note = Anwesenheitsliste zur Kontaktnachverfolgung nach den geltenden Hygienevorschriften. Sie wird nach Ablauf der Aufbewahrungsfrist vernichtet.
attendance-footer = Anwesenheitsliste
attendance-number = Nr.
attendance-signature = Unterschrift
admin-filter = Filtern
admin-filter-apply = Filter anwenden
admin-search = Suchen
admin-all = Alle
admin-list-count = { $shown } von { $total } Anmeldungen
admin-present = anwesend
admin-approve = Annehmen
admin-reject = Ablehnen
admin-message = Nachricht an die Person
admin-reason = Grund
admin-cancel = Absagen
admin-seat = Platz geben
admin-wait = Auf die Warteliste
admin-walk-in = Ohne Anmeldung an der Tür
admin-walk-in-add = Person aufnehmen
admin-done-approve = Die Anmeldung ist angenommen. Die Person bekommt eine E-Mail.
admin-done-reject = Die Anmeldung ist abgelehnt. Die Person bekommt eine E-Mail, der Platz geht an die Warteliste.
admin-done-cancel = Die Anmeldung ist abgesagt. Die Person bekommt eine E-Mail.
admin-done-seat = Die Person hat jetzt einen Platz und bekommt eine E-Mail.
admin-done-wait = Die Person steht jetzt auf der Warteliste. Ihr Platz ging an die erste Person auf der Warteliste.
admin-done-walk-in = Die Person ist aufgenommen und als anwesend eingetragen.
admin-done-no-seat = Es ist kein Platz frei.
admin-done-wrong-state = Das geht bei dieser Anmeldung nicht.
admin-message-all = Nachricht an alle Angemeldeten
admin-message-subject = Betreff
admin-message-body = Text
admin-message-send = Nachricht senden
admin-move-event = Termin verschieben
admin-move-date = Neues Datum
admin-move-starts = Beginn
admin-move-ends = Ende
admin-move-button = Termin verschieben und alle benachrichtigen
admin-cancel-event = Veranstaltung absagen
admin-cancel-event-button = Veranstaltung absagen und alle benachrichtigen
admin-done-event-cancelled = Die Veranstaltung ist abgesagt. Alle Angemeldeten bekommen eine E-Mail.
admin-done-event-moved = Der Termin ist verschoben. Alle Angemeldeten bekommen den neuen Kalendereintrag.
admin-done-message-sent = Die Nachricht ist unterwegs an alle Angemeldeten.
admin-done-invalid-time = Bitte geben Sie ein gültiges Datum und eine Endzeit nach der Anfangszeit an.
admin-edit = Bearbeiten
admin-edit-heading = Bearbeiten: { $event }
admin-edit-title = Titel
admin-edit-public-page = Öffentliche Seite
admin-edit-saved = Gespeichert.
admin-edit-languages-hint = Deutsch ist Pflicht. Die anderen Sprachen sind Übersetzungen; fehlt eine, sehen Leserinnen und Leser den deutschen Text mit einem Hinweis.
admin-edit-deadline-hint = Der letzte Tag, an dem man sich anmelden kann. Er zählt bis Mitternacht.
admin-edit-waiting-list = Warteliste, wenn alle Plätze vergeben sind
admin-edit-published = Veröffentlicht
admin-edit-save = Speichern
admin-edit-capacity-invalid = Bitte geben Sie eine Zahl zwischen 1 und 100000 an.
admin-edit-deadline-invalid = Bitte geben Sie ein gültiges Datum an.
admin-edit-reserved-needs-groups = Eine reservierte Veranstaltung braucht Gruppen, für die sie reserviert ist.
admin-edit-capacity-taken = Es sind schon mehr Plätze vergeben. Die Zahl der Plätze kann nicht darunter liegen.
admin-codes = Einladungscodes
admin-codes-left = noch { $left } von { $uses } Nutzungen
admin-codes-hint = Mindestens 6 Zeichen. Der Code wird nur verschlüsselt gespeichert: Notieren Sie ihn jetzt.
admin-codes-uses = Wie oft der Code genutzt werden kann
admin-codes-add = Code anlegen
admin-new-event = Neue Veranstaltung anlegen
admin-new-event-title = Neue Veranstaltung: { $process }
admin-new-event-create = Veranstaltung anlegen
admin-new-slug = Kurzname für die Adresse
admin-new-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel offene-veranstaltung-2.
admin-new-slug-invalid = Bitte nur Kleinbuchstaben, Ziffern und einzelne Bindestriche verwenden.
admin-new-slug-taken = Diesen Kurznamen hat schon eine andere Veranstaltung.
admin-new-deadline-invalid = Der Anmeldeschluss muss ein gültiges Datum vor der Veranstaltung sein.
admin-new-group-size-invalid = Bitte geben Sie die Größe einer Arbeitsgruppe als Zahl an, zum Beispiel „Sprache | 17“.
admin-new-venue = Neuer Ort (Angaben unten)
admin-new-venue-hint = Für einen neuen Ort wählen Sie oben „Neuer Ort“ und füllen die folgenden Felder aus.
admin-new-venue-incomplete = Für einen neuen Ort brauchen wir Namen, Straße und Stadt.
admin-venue = Ort
admin-venue-name = Name des Ortes
admin-venue-street = Straße und Hausnummer
admin-venue-postal-code = Postleitzahl
admin-venue-city = Stadt
admin-venue-entrance = Eingang
admin-new-groups-hint = Nur für reservierte Veranstaltungen: eine Gruppe pro Zeile.
admin-new-working-groups-hint = Eine Arbeitsgruppe pro Zeile; mit „| 17“ am Ende hat sie 17 Plätze.
admin-need-interpretation = Übersetzung: { $language }
admin-need-sign-language = Gebärdensprache
admin-need-step-free = ohne Stufen
admin-col-given-name = Vorname
admin-col-family-name = Nachname
admin-col-email = E-Mail
admin-col-phone = Telefon
admin-col-organisation = Organisation
admin-col-group = Gruppe
admin-col-working-group = Arbeitsgruppe
admin-col-status = Stand
admin-col-position = Wartelistenplatz
admin-col-needs = Bedarf
admin-col-language = Sprache
admin-col-ticket = Ticket-Code
admin-col-registered = Angemeldet am
admin-col-present = Anwesend seit
admin-col-actions = Aktionen
admin-col-kind = Art
admin-col-attempts = Versuche
admin-col-error = Fehler
admin-col-when = Zeitpunkt
admin-col-who = Wer
admin-col-what = Was
admin-col-subject = Betroffen
admin-retry = Erneut senden
admin-no-shows = Nicht erschienen
admin-interpretation = Übersetzung in
admin-count = Anzahl
checkin-title = Einlass: { $event }
checkin-counts = { $present } anwesend · { $confirmed } angemeldet · { $capacity } Plätze
checkin-code = Ticket-Code
checkin-code-hint = Code eintippen oder mit einem Scanner einlesen, zum Beispiel K7QMP-3XA9D.
checkin-button = Einlassen
checkin-search = Person nach Namen suchen
checkin-none-found = Niemand mit diesem Namen hat einen Platz.
checkin-mark = { $name } ist da
checkin-done = { $name } ist eingelassen.
checkin-already = { $name } wurde schon um { $time } Uhr eingelassen.
checkin-no-place = { $name } hat keinen Platz: { $status }.
checkin-unknown = Diesen Ticket-Code gibt es für diese Veranstaltung nicht.

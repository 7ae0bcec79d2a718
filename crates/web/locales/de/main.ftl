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
register-by-mail-title = So melden Sie sich an
register-by-mail-text = Die Online-Anmeldung für diese Veranstaltung ist noch nicht freigeschaltet. Bitte melden Sie sich bis zum Anmeldeschluss bei der Veranstalterin an:

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
error-home-link = Zur Startseite

## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = Aktionsplan
plan-read = Zum Aktionsplan mit allen Zielen und Maßnahmen
plan-pdf-link = Aktionsplan als PDF herunterladen
plan-open-data = Offene Daten
plan-empty = Der Aktionsplan hat noch keine Ziele. Die Stadt schreibt ihn nach der Beteiligung.
plan-fields = Handlungsfelder
plan-field = Handlungsfeld
plan-goal = Ziel
plan-no-goals = Für dieses Handlungsfeld gibt es noch keine Ziele.
plan-no-measures = Für dieses Ziel gibt es noch keine Maßnahmen.
plan-status = Stand
plan-status-planned = geplant
plan-status-in-progress = in Arbeit
plan-status-done = erledigt
plan-status-dropped = nicht weiter verfolgt
plan-lead-unit = Zuständig
plan-partners = Partner
plan-timeframe = Zeitraum
plan-indicators = Woran man den Erfolg misst
plan-latest-update = Letzter Bericht vom
plan-all-updates = { $count ->
        [one] 1 Bericht zum Fortschritt
       *[other] Alle { $count } Berichte zum Fortschritt
    }
plan-as-of = Stand: { $date }

plan-based-on = Grundlage: { $list }.
list-and = { $first } und { $last }
list-comma = { $first }, { $rest }
plan-origin-proposals = { $count ->
        [one] 1 Vorschlag
       *[other] { $count } Vorschläge
    }
plan-origin-workshop-results = { $count ->
        [one] 1 Ergebnis aus den Veranstaltungen
       *[other] { $count } Ergebnisse aus den Veranstaltungen
    }
plan-origin-comments = { $count ->
        [one] 1 Kommentar
       *[other] { $count } Kommentare
    }
plan-origin-papers = { $count ->
        [one] 1 Positionspapier
       *[other] { $count } Positionspapiere
    }
plan-origin-none = Diese Maßnahme kommt von der Stadtverwaltung.
plan-origin-kind-proposal = Vorschlag
plan-origin-kind-workshop = Ergebnis aus einer Veranstaltung
plan-origin-kind-comment = Kommentar
plan-origin-kind-paper = Positionspapier
plan-origin-removed = entfernt

plan-progress-title = Fortschritt des Aktionsplans
plan-progress-intro = Die Tabelle zeigt für jedes Handlungsfeld, wie viele Maßnahmen geplant, in Arbeit, erledigt oder nicht weiter verfolgt sind.
plan-progress-caption = Maßnahmen nach Handlungsfeld und Stand
plan-total = Zusammen
plan-share-done = Anteil erledigt
plan-percent = { $percent } %
plan-all-fields = Alle Handlungsfelder

plan-results-title = Ergebnisse der Veranstaltungen
plan-results-intro = Das haben die Arbeitsgruppen und die Pinnwände bei den Veranstaltungen festgehalten. Die Klebepunkte zeigen, wie vielen Menschen ein Punkt wichtig war.
plan-results-none = Es gibt noch keine Ergebnisse.
plan-to-plan = Zum Aktionsplan
plan-pin-board = Pinnwände
plan-working-group-removed = Arbeitsgruppe
plan-dot-votes = { $count ->
        [one] 1 Klebepunkt
       *[other] { $count } Klebepunkte
    }
plan-result-became = Daraus wurde im Aktionsplan:

plan-admin-nav = Aktionsplan und Ergebnisse
plan-admin-no-processes = Sie dürfen bei keinem Beteiligungsverfahren den Aktionsplan bearbeiten.
plan-admin-edit-plan = Aktionsplan bearbeiten
plan-admin-results = Ergebnisse erfassen
plan-admin-title = Aktionsplan: { $process }
plan-admin-public-page = Öffentliche Seite
plan-admin-back = Zurück zum Aktionsplan
plan-admin-edit-goal = Ziel bearbeiten
plan-admin-add-goal = Ziel hinzufügen
plan-admin-add-measure = Maßnahme hinzufügen
plan-admin-goal-title = Titel des Ziels
plan-admin-measure-title = Titel der Maßnahme
plan-admin-description = Beschreibung
plan-admin-goal-heading = Ziel: { $goal }
plan-admin-measure-heading = Maßnahme: { $measure }
plan-admin-delete-goal = Ziel löschen
plan-admin-delete-goal-text = { $count ->
        [0] Das Ziel hat keine Maßnahmen.
        [one] Mit dem Ziel wird auch seine Maßnahme gelöscht, mit ihren Berichten und Verknüpfungen.
       *[other] Mit dem Ziel werden auch seine { $count } Maßnahmen gelöscht, mit ihren Berichten und Verknüpfungen.
    }
plan-admin-delete-measure = Maßnahme löschen
plan-admin-delete-confirm = Ja, ich will das löschen.
plan-admin-texts = Texte und Stand
plan-admin-progress = Fortschritt
plan-admin-no-updates = Es gibt noch keinen Bericht zum Fortschritt.
plan-admin-add-update = Bericht zum Fortschritt hinzufügen
plan-admin-update-date = Datum des Berichts
plan-admin-update-note = Was ist passiert?
plan-admin-origins = Herkunft
plan-admin-origins-hint = Verknüpfen Sie die Maßnahme mit den Beiträgen, aus denen sie entstanden ist. So kann jede und jeder nachverfolgen, was aus einem Vorschlag geworden ist.
plan-admin-remove-origin = Verknüpfung entfernen
plan-admin-add-origin = Verknüpfung hinzufügen
plan-admin-link = Verknüpfen
plan-admin-no-proposals = Zu diesem Handlungsfeld gibt es keine Vorschläge, die noch nicht verknüpft sind.
plan-admin-no-results = Zu diesem Handlungsfeld gibt es keine Ergebnisse aus Veranstaltungen, die noch nicht verknüpft sind.
plan-admin-no-papers = Es gibt keine Positionspapiere, die noch nicht verknüpft sind.
plan-admin-comment-number = Nummer des Kommentars
plan-admin-comment-hint = Die Nummer steht in der Adresse des Kommentars nach „#c-“.
plan-admin-results-title = Ergebnisse: { $event }
plan-admin-result-edit-title = Ergebnis ändern: { $event }
plan-admin-all-results = Alle Ergebnisse dieser Veranstaltung
plan-admin-result-record = Ergebnis erfassen
plan-admin-result-change = Ergebnis ändern
plan-admin-result-group = Arbeitsgruppe oder Pinnwand
plan-admin-result-text = Text
plan-admin-result-text-hint = Schreiben Sie auf, was auf der Karte oder im Protokoll steht. Die erste Zeile ist die Überschrift.
plan-admin-result-dots = Klebepunkte
plan-admin-results-recorded = Erfasste Ergebnisse
plan-admin-result-delete = Löschen

plan-admin-error-german = Bitte schreiben Sie den Text auf Deutsch. Übersetzungen sind freiwillig, aber der deutsche Text ist immer nötig.
plan-admin-error-too-long = Bitte schreiben Sie höchstens { $max } Zeichen.
plan-admin-error-text-empty = Bitte schreiben Sie einen Text.
plan-admin-error-date = Bitte geben Sie ein gültiges Datum an.
plan-admin-error-comment = Einen Kommentar mit dieser Nummer gibt es in diesem Beteiligungsverfahren nicht.
plan-admin-error-dot-votes = Bitte geben Sie eine ganze Zahl ab 0 an.
plan-admin-error-confirm = Bitte bestätigen Sie, dass Sie löschen wollen.

plan-admin-done-goal-added = Das Ziel ist hinzugefügt.
plan-admin-done-goal-saved = Das Ziel ist gespeichert.
plan-admin-done-goal-deleted = Das Ziel ist gelöscht.
plan-admin-done-measure-added = Die Maßnahme ist hinzugefügt. Ergänzen Sie jetzt die weiteren Angaben.
plan-admin-done-measure-saved = Die Maßnahme ist gespeichert.
plan-admin-done-measure-deleted = Die Maßnahme ist gelöscht.
plan-admin-done-update-added = Der Bericht ist gespeichert. Der Stand der Maßnahme ist jetzt der Stand aus dem Bericht.
plan-admin-done-origin-added = Die Verknüpfung ist gespeichert.
plan-admin-done-origin-removed = Die Verknüpfung ist entfernt.
plan-admin-done-result-added = Das Ergebnis ist erfasst.
plan-admin-done-result-saved = Das Ergebnis ist gespeichert.
plan-admin-done-result-deleted = Das Ergebnis ist gelöscht. Verknüpfungen mit Maßnahmen sind auch entfernt.

## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = Analyse
analysis-empty = Zu diesem Handlungsfeld gibt es noch keine Analyse.
analysis-how-to-comment = Sie können zu jedem Absatz einen Kommentar schreiben und auf Kommentare antworten.
analysis-paragraph-link = Link zu Absatz { $number }
analysis-comments-heading = Kommentare zu Absatz { $number }
analysis-comment-count = { $count ->
    [0] Noch keine Kommentare
    [one] 1 Kommentar
   *[other] { $count } Kommentare
}
analysis-removed-heading = Kommentare zu entfernten Absätzen
analysis-removed-text = Diese Absätze stehen nicht mehr in der Analyse. Die Kommentare dazu bleiben lesbar.
analysis-proposals-link = Vorschläge für Ziele und Maßnahmen in diesem Handlungsfeld
analysis-field-link = Analyse lesen und kommentieren
analysis-process-link = Zur Analyse der einzelnen Handlungsfelder

comment-none = Noch keine Kommentare.
comment-write = Kommentar schreiben
comment-label-paragraph = Ihr Kommentar zu Absatz { $number }
comment-hint = Höchstens 5000 Zeichen. Sie können einfache Formatierungen nutzen: **fett**, *kursiv*, Listen und Links.
comment-submit = Kommentar veröffentlichen
comment-reply = Antworten
comment-reply-label = Ihre Antwort an { $name }
comment-reply-submit = Antwort veröffentlichen
comment-author-deleted = gelöschte Person
comment-edited = bearbeitet
comment-earlier-version = Dieser Kommentar bezieht sich auf eine frühere Fassung des Absatzes.
comment-hidden = Von der Moderation ausgeblendet. Grund: { $reason }
comment-deleted = Von der Person gelöscht, die ihn geschrieben hat.
comment-edit = Bearbeiten
comment-delete = Löschen
comment-report = Melden
comment-access-sign-in = Zum Kommentieren müssen Sie angemeldet sein.
comment-access-sign-in-link = Jetzt anmelden
comment-access-choose-name = Bevor Sie kommentieren, wählen Sie bitte einen Namen. Er steht bei Ihren Kommentaren.
comment-access-choose-name-link = Namen wählen
comment-access-not-yet = Kommentieren ist ab { $date } möglich. Lesen können Sie schon jetzt.
comment-access-closed = Die Beteiligungsphase ist vorbei. Sie können keine Kommentare mehr schreiben. Alles bleibt lesbar.
comment-access-not-yet-short = Kommentieren ist ab { $date } möglich.
comment-access-closed-short = Kommentieren ist nicht mehr möglich.
comment-refused-title = Das ist nicht möglich
comment-error-rate-limited = Sie haben in kurzer Zeit viele Beiträge geschrieben. Bitte warten Sie einige Minuten und senden Sie dann noch einmal.
comment-error-reply = Auf diesen Kommentar können Sie nicht antworten. Antworten gehen nur auf Kommentare, nicht auf Antworten, und nicht auf gelöschte oder ausgeblendete Kommentare.
comment-error-not-author = Nur die Person, die den Kommentar geschrieben hat, kann ihn ändern oder löschen.
comment-error-too-late = Einen Kommentar können Sie nur in den ersten 15 Minuten ändern. Löschen können Sie ihn weiterhin.
comment-error-hidden = Die Moderation hat diesen Kommentar ausgeblendet. Er kann nicht mehr geändert werden.
comment-edit-title = Kommentar bearbeiten
comment-edit-intro = Sie können Ihren Kommentar 15 Minuten lang ändern. Danach bleibt er so, wie er ist.
comment-edit-label = Ihr Kommentar
comment-edit-save = Änderung speichern
comment-edit-cancel = Abbrechen
comment-back = Zurück zum Beitrag

report-title = Beitrag melden
report-intro = Verstößt dieser Beitrag gegen die Regeln, zum Beispiel weil er Menschen beleidigt oder herabsetzt? Dann melden Sie ihn. Das Moderationsteam sieht ihn sich an.
report-kind-comment = Kommentar
report-kind-proposal = Vorschlag
report-kind-paper = Positionspapier
report-reason = Warum melden Sie diesen Beitrag?
report-reason-hint = Höchstens 1000 Zeichen. Wer den Beitrag geschrieben hat, erfährt nicht, wer ihn gemeldet hat.
report-reason-required = Bitte schreiben Sie, warum Sie den Beitrag melden.
report-submit = Meldung senden
report-sent-title = Danke für Ihre Meldung
report-sent-text = Ihre Meldung ist angekommen. Das Moderationsteam sieht sich den Beitrag an.
report-already-hidden = Dieser Beitrag ist schon ausgeblendet oder gelöscht.

admin-cocreation-title = Analyse und Moderation
admin-cocreation-none = Sie haben in keinem Beteiligungsverfahren eine Rolle, mit der Sie die Analyse bearbeiten oder moderieren können.
admin-cocreation-analysis = Analyse der Handlungsfelder bearbeiten
admin-analysis-title = Analyse: { $field }
admin-analysis-hint = Schreiben Sie den ganzen Text in Markdown. Trennen Sie Absätze durch eine Leerzeile; jeder Absatz bekommt eine Nummer und eigene Kommentare. Wenn Sie einen Absatz ändern, bleiben seine Kommentare erhalten und werden als „zu einer früheren Fassung“ gekennzeichnet. Eine Übersetzung braucht genauso viele Absätze wie der deutsche Text.
admin-analysis-german-required = Bitte geben Sie den deutschen Text ein.
admin-analysis-saved = Gespeichert. Unverändert: { $kept }, geändert: { $changed }, neu: { $added }, entfernt: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [one] 1 Absatz
       *[other] { $count } Absätze
    } statt { $german }. Diese Übersetzung wurde nicht gespeichert. Bitte geben Sie ihr genauso viele Absätze wie dem deutschen Text.
admin-analysis-public = Öffentliche Seite ansehen

admin-moderation-title = Moderation
admin-moderation-open-count = { $count ->
    [0] keine offenen Meldungen
    [one] 1 offene Meldung
   *[other] { $count } offene Meldungen
}
admin-moderation-reports = Offene Meldungen
admin-moderation-no-reports = Es gibt keine offenen Meldungen.
admin-moderation-reason = Grund der Meldung
admin-moderation-author = Geschrieben von
admin-moderation-text = Gemeldeter Text
admin-moderation-hidden-reason = Grund für das Ausblenden
admin-moderation-view = An seiner Stelle ansehen
admin-moderation-open-pdf = PDF-Datei öffnen
admin-moderation-public-reason = Öffentlicher Grund für das Ausblenden
admin-moderation-public-reason-hint = Alle sehen diesen Grund anstelle des Beitrags.
admin-moderation-reason-required = Bitte geben Sie einen Grund an. Er steht dann anstelle des Beitrags.
admin-moderation-hide = Ausblenden
admin-moderation-dismiss = Meldung zurückweisen
admin-moderation-hidden = Ausgeblendete Beiträge
admin-moderation-none-hidden = Es ist nichts ausgeblendet.
admin-moderation-unhide = Wieder zeigen
admin-moderation-done-hidden = Der Beitrag ist ausgeblendet. Die Meldungen dazu sind erledigt.
admin-moderation-done-shown = Der Beitrag ist wieder zu sehen.
admin-moderation-done-dismissed = Die Meldung ist zurückgewiesen.

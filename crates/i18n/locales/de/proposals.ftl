## Vorschläge für Ziele und Maßnahmen, Unterstützung, Positionspapiere und die Antworten der Veranstalterin.

proposals-trail = Sie sind hier
proposals-heading = Vorschläge
proposals-field-title = Vorschläge: { $field }
proposals-intro = Hier können Sie Ziele und Maßnahmen für dieses Handlungsfeld vorschlagen und die Vorschläge anderer unterstützen. Die Veranstalterin beantwortet jeden Vorschlag öffentlich.
proposals-count = { $count ->
    [0] Es gibt noch keine Vorschläge.
    [one] Es gibt 1 Vorschlag.
   *[other] Es gibt { $count } Vorschläge.
}
proposals-by = von
proposals-kind = Was schlagen Sie vor?
proposals-kind-goal = Ziel
proposals-kind-measure = Maßnahme
proposals-kind-missing = Bitte wählen Sie, ob Sie ein Ziel oder eine Maßnahme vorschlagen.
proposals-title-label = Titel
proposals-title-hint = Ein kurzer Satz, der sagt, worum es geht. Höchstens 200 Zeichen.
proposals-title-missing = Bitte geben Sie einen Titel ein.
proposals-title-too-long = Der Titel darf höchstens { $max } Zeichen lang sein.
proposals-text-label = Ihr Vorschlag
proposals-text-hint = Beschreiben Sie, was passieren soll und warum. Sie können einfach formatieren: **fett**, und Listen mit „- “ am Zeilenanfang. Höchstens 5000 Zeichen.
proposals-text-missing = Bitte beschreiben Sie Ihren Vorschlag.
proposals-text-too-long = Der Text darf höchstens { $max } Zeichen lang sein.
proposals-propose-heading = Einen Vorschlag machen
proposals-submit = Vorschlag senden
proposals-too-many = Sie haben in kurzer Zeit sehr viel geschrieben. Bitte warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.
proposals-need-name = Bevor Sie etwas schreiben, wählen Sie bitte den Namen, der bei Ihren Beiträgen steht.
proposals-choose-name = Namen wählen
proposals-sign-in-to-propose = Um einen Vorschlag zu machen oder zu unterstützen, melden Sie sich bitte an. Sie brauchen nur Ihre E-Mail-Adresse.
proposals-sign-in = Anmelden
proposals-opens-later = Vom { $start } bis zum { $end } können Sie Vorschläge machen und unterstützen.
proposals-phase-over = Die Beteiligungsphase ist vorbei. Sie können keine Vorschläge mehr machen oder unterstützen. Sie können die Vorschläge und die Antworten der Veranstalterin weiter lesen.
proposals-no-phase = Dieses Verfahren hat keine Beteiligungsphase. Sie können die Vorschläge hier lesen.
proposals-deleted-participant = gelöschte Person
proposals-deleted = Von der Person gelöscht, die ihn geschrieben hat.
proposals-hidden = Von der Moderation ausgeblendet. Grund: { $reason }
proposals-number = Vorschlag Nr. { $id }
proposals-state-open = Noch nicht beantwortet
proposals-state-adopted = Angenommen
proposals-state-merged = Zusammengeführt
proposals-state-not-adopted = Nicht angenommen
proposals-supports = { $count ->
    [0] Noch keine Unterstützung
    [one] 1 Unterstützung
   *[other] { $count } Unterstützungen
}
proposals-edited = geändert
proposals-support = Diesen Vorschlag unterstützen
proposals-withdraw = Meine Unterstützung zurückziehen
proposals-you-support = Sie unterstützen diesen Vorschlag.
proposals-own-support = Das ist Ihr eigener Vorschlag. Sie können ihn nicht selbst unterstützen. Die Zahl zeigt, wie viele andere Menschen ihn unterstützen.
proposals-support-answered = Die Veranstalterin hat diesen Vorschlag schon beantwortet. Unterstützung kann nicht mehr gegeben oder zurückgezogen werden.
proposals-sign-in-to-support = Anmelden, um diesen Vorschlag zu unterstützen
proposals-edit-until = Ändern (bis { $time } Uhr)
proposals-delete = Meinen Vorschlag löschen
proposals-answer-heading = Antwort der Veranstalterin
proposals-not-answered = Die Veranstalterin hat diesen Vorschlag noch nicht beantwortet.
proposals-answered-on = Beantwortet am { $date }.
proposals-adopted-into = Der Vorschlag wurde angenommen. Er ist jetzt Teil des Aktionsplans als:
proposals-merged-into = Der Vorschlag wurde mit einem ähnlichen Vorschlag zusammengeführt:
proposals-reason = Begründung
proposals-answer-text = Erläuterung
proposals-edit-title = Vorschlag ändern
proposals-edit-intro = Sie können Ihren Vorschlag 15 Minuten lang nach dem Senden ändern.
proposals-save = Änderungen speichern
proposals-back = Zurück zum Vorschlag
proposals-edit-too-late = Einen Vorschlag können Sie nur in den ersten 15 Minuten nach dem Senden ändern. Diese Zeit ist vorbei.
proposals-edit-answered = Die Veranstalterin hat diesen Vorschlag schon beantwortet. Er kann nicht mehr geändert werden.
proposals-analysis-link = Zur Analyse dieses Handlungsfelds
proposals-report = Diesen Vorschlag melden
proposals-comments-heading = Kommentare
proposals-comment-label = Ihr Kommentar zu diesem Vorschlag
proposals-comments-closed = Zu diesem Vorschlag können keine Kommentare mehr geschrieben werden.
proposals-field-link = { $count ->
    [0] Vorschläge: noch keine
    [one] 1 Vorschlag
   *[other] { $count } Vorschläge
}

papers-link = Positionspapiere von Organisationen
papers-title = Positionspapiere
papers-intro = Vereine, Initiativen und andere Organisationen können ein Positionspapier als PDF-Datei hinzufügen. Alle können die Papiere lesen.
papers-list-heading = Eingegangene Papiere
papers-count = { $count ->
    [0] Es gibt noch keine Papiere.
    [one] Es gibt 1 Papier.
   *[other] Es gibt { $count } Papiere.
}
papers-number = Papier Nr. { $id }
papers-download = „{ $title }“ herunterladen (PDF, { $size })
papers-size-kb = { $size } KB
papers-size-mb = { $whole },{ $tenth } MB
papers-upload-heading = Ein Positionspapier hinzufügen
papers-organisation = Organisation
papers-organisation-hint = Der Name Ihres Vereins, Ihrer Initiative oder Organisation.
papers-organisation-missing = Bitte geben Sie den Namen der Organisation ein.
papers-title-label = Titel des Papiers
papers-title-missing = Bitte geben Sie den Titel des Papiers ein.
papers-too-long = Hier sind höchstens { $max } Zeichen erlaubt.
papers-summary = Zusammenfassung
papers-summary-hint = Ein paar Sätze dazu, was in dem Papier steht. Höchstens 1000 Zeichen.
papers-summary-too-long = Die Zusammenfassung darf höchstens { $max } Zeichen lang sein.
papers-field = Handlungsfeld
papers-field-none = Das ganze Konzept
papers-field-unknown = Bitte wählen Sie ein Handlungsfeld aus der Liste.
papers-file = PDF-Datei
papers-file-hint = Nur PDF-Dateien, höchstens 10 MB. Die Datei darf keine Skripte, angehängten Dateien oder Videos enthalten.
papers-file-missing = Bitte wählen Sie eine PDF-Datei.
papers-file-not-pdf = Diese Datei ist kein PDF. Bitte wählen Sie eine PDF-Datei.
papers-file-too-large = Die Datei ist größer als 10 MB. Bitte machen Sie sie kleiner, zum Beispiel mit weniger oder kleineren Bildern.
papers-file-active = Das PDF enthält Skripte, angehängte Dateien oder Videos. Aus Sicherheitsgründen nehmen wir solche Dateien nicht an. Bitte speichern Sie es ohne diese Teile neu, zum Beispiel mit „Als PDF drucken“.
papers-file-uncheckable = Wir können dieses PDF nicht prüfen, weil Teile davon verschlüsselt oder ungewöhnlich gepackt sind. Bitte speichern Sie es neu, zum Beispiel mit „Als PDF drucken“.
papers-file-broken = Die Datei ist nicht vollständig angekommen. Bitte versuchen Sie es noch einmal.
papers-submit = Papier hinzufügen
papers-submitted = Vielen Dank. Ihr Papier steht jetzt in der Liste.
papers-sign-in-to-upload = Um ein Positionspapier hinzuzufügen, melden Sie sich bitte an.
papers-proposals-heading = Vorschläge nach Handlungsfeld
papers-report = Dieses Papier melden

admin-proposals-title = Vorschläge
admin-proposals-no-processes = Sie beantworten in keinem Verfahren Vorschläge.
admin-proposals-waiting = { $count ->
    [0] keiner wartet auf Antwort
    [one] 1 wartet auf Antwort
   *[other] { $count } warten auf Antwort
}
admin-proposals-of = Vorschläge: { $process }
admin-proposals-kind = Art
admin-proposals-status = Stand
admin-proposals-answer-title = Vorschlag beantworten: { $title }
admin-proposals-state = Antwort
admin-proposals-all = Alle
admin-proposals-filter = Anzeigen
admin-proposals-field = Handlungsfeld
admin-proposals-author = Vorgeschlagen von
admin-proposals-supports = Unterstützungen
admin-proposals-choice = Nr. { $id }: { $title }
admin-proposals-saved = Die Antwort ist veröffentlicht. Die Person, die den Vorschlag gemacht hat, und alle Unterstützenden bekommen eine E-Mail.
admin-proposals-back = Alle Vorschläge des Verfahrens
admin-proposals-public = Öffentliche Seite des Vorschlags
admin-proposals-answer = Öffentliche Antwort
admin-proposals-answer-hint = Steht auf der Seite des Vorschlags und geht per E-Mail an die Person, die ihn gemacht hat, und an alle Unterstützenden. Wenn der Vorschlag nicht angenommen wird, nennen Sie den Grund.
admin-proposals-measures = Daraus wurden diese Maßnahmen
admin-proposals-measures-hint = Nur bei „Angenommen“: Wählen Sie mindestens eine Maßnahme des Aktionsplans.
admin-proposals-no-measures = Der Aktionsplan hat noch keine Maßnahmen. Legen Sie diese zuerst an.
admin-proposals-merged-into = Zusammengeführt mit
admin-proposals-merged-into-hint = Nur bei „Zusammengeführt“: Wählen Sie den Vorschlag, mit dem dieser zusammengeführt wurde.
admin-proposals-merged-none = (keiner)
admin-proposals-publish = Antwort veröffentlichen
admin-proposals-state-missing = Bitte wählen Sie eine Antwort: angenommen, zusammengeführt oder nicht angenommen.
admin-proposals-reason-missing = Bitte nennen Sie den Grund, warum der Vorschlag nicht angenommen wird.
admin-proposals-answer-missing = Bitte schreiben Sie die öffentliche Antwort.
admin-proposals-answer-too-long = Die Antwort darf höchstens { $max } Zeichen lang sein.
admin-proposals-measure-missing = Bitte wählen Sie mindestens eine Maßnahme, zu der der Vorschlag geworden ist.
admin-proposals-measure-unknown = Bitte wählen Sie nur Maßnahmen dieses Verfahrens.
admin-proposals-merge-missing = Bitte wählen Sie den Vorschlag, mit dem dieser zusammengeführt wurde.
admin-proposals-merge-invalid = Dieser Vorschlag kann nicht gewählt werden. Wählen Sie einen anderen sichtbaren Vorschlag dieses Verfahrens, der nicht selbst mit diesem zusammengeführt wurde.

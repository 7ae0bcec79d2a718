## Reports of barriers (BITV 2.0 § 7): the form in the accessibility statement, the thank-you
## page, the organiser's mail (always in German) and the list in the back office.

feedback-label-message = Beschreibung der Barriere
feedback-message-hint = Was wollten Sie tun, und was hat nicht geklappt? Wenn Sie ein Hilfsmittel nutzen, zum Beispiel einen Screenreader oder eine Vergrößerung, nennen Sie es gern.
feedback-label-page = Adresse der Seite
feedback-page-hint = Auf welcher Seite ist die Barriere? Zum Beispiel die Adresse aus dem Browser oder der Titel der Seite.
feedback-email-hint = Nur wenn Sie eine Antwort möchten. Wir schreiben Ihnen nur wegen dieser Meldung.
feedback-label-name = Ihr Name
feedback-privacy = Ihre Meldung geht an die Betreiberin dieser Website. Wir nutzen Ihre Angaben nur, um die Barriere zu beseitigen und Ihnen zu antworten. { $days } Tage nachdem wir Ihre Meldung bearbeitet haben, löschen wir sie mit allen Angaben. Mehr dazu:
feedback-privacy-page = Wenn Sie in der Erklärung zur Barrierefreiheit eine Barriere melden, speichern wir Ihre Meldung und, wenn Sie sie angeben, Ihre E-Mail-Adresse und Ihren Namen. Wir nutzen sie nur, um die Barriere zu beseitigen und Ihnen zu antworten, und löschen sie { $days } Tage nach der Bearbeitung. Ihre IP-Adresse speichern wir dabei nicht, nur einen daraus gebildeten Prüfwert, und den nur eine Stunde lang, um massenhafte Meldungen zu verhindern.
feedback-submit = Meldung absenden
feedback-by-mail = Sie können uns auch eine E-Mail schreiben:
feedback-too-many = Von Ihrem Anschluss kamen in der letzten Stunde schon mehrere Meldungen. Bitte versuchen Sie es in einer Stunde noch einmal oder schreiben Sie uns eine E-Mail. Ihr Text steht noch im Formular.

feedback-sent-title = Danke für Ihre Meldung
feedback-sent-text = Ihre Meldung ist bei uns angekommen.
feedback-sent-answer = Wenn Sie eine E-Mail-Adresse angegeben haben, antworten wir Ihnen in der Regel innerhalb von zwei Wochen. Ohne Adresse können wir Ihnen nicht antworten; um die Barriere kümmern wir uns trotzdem.
feedback-back = Zurück zur Erklärung zur Barrierefreiheit

feedback-page = Seite
feedback-page-none = nicht angegeben
feedback-message = Beschreibung
feedback-email = E-Mail-Adresse
feedback-email-none = keine – eine Antwort ist nicht möglich
feedback-name = Name
feedback-written-in = Sprache der Meldung
feedback-received = Eingegangen

mail-accessibility-feedback-subject = Barriere gemeldet (Meldung { $id })
mail-accessibility-feedback-body = Über das Formular in der Erklärung zur Barrierefreiheit ist eine Meldung eingegangen. Wenn die Person eine Adresse angegeben hat, braucht sie nach BITV 2.0 eine Antwort.
feedback-mail-link = Meldungen in der Verwaltung ansehen
feedback-mail-footer-reply = Diese E-Mail wurde automatisch verschickt. Wenn Sie auf sie antworten, geht Ihre Antwort direkt an die Person, die die Barriere gemeldet hat.
feedback-mail-footer-anonymous = Diese E-Mail wurde automatisch verschickt. Die Person hat keine Adresse angegeben.

feedback-admin-nav = Barrieren
feedback-admin-title = Gemeldete Barrieren
feedback-admin-intro = Hier stehen die Meldungen aus dem Formular der Erklärung zur Barrierefreiheit. Bitte antworten Sie jeder Person, die eine Adresse angegeben hat, und markieren Sie die Meldung dann als erledigt. { $days } Tage danach wird sie mit allen Angaben gelöscht.
feedback-admin-open = { $count ->
    [one] Offen: 1 Meldung
   *[other] Offen: { $count } Meldungen
}
feedback-admin-handled = { $count ->
    [one] Erledigt: 1 Meldung
   *[other] Erledigt: { $count } Meldungen
}
feedback-admin-none-open = Keine offenen Meldungen.
feedback-admin-none-handled = Noch keine erledigten Meldungen.
feedback-admin-item = Meldung { $id } vom { $when }
feedback-admin-status = Erledigt
feedback-admin-handled-by = am { $when } von { $who }
feedback-admin-handled-at = am { $when }
feedback-admin-mark-handled = Als erledigt markieren
feedback-admin-done = Die Meldung ist als erledigt markiert.

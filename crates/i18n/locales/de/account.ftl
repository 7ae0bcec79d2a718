## Participant accounts: sign-in by link, "my page", export and deletion.

account-navigation = Konto
nav-signin = Anmelden zum Mitreden
nav-me = Meine Seite

signin-title = Anmelden zum Mitreden
signin-intro = Geben Sie Ihre E-Mail-Adresse ein. Sie bekommen eine E-Mail mit einem Link. Mit dem Link melden Sie sich an. Sie brauchen kein Passwort.
signin-submit = Link senden
signin-privacy = Wir nutzen Ihre Adresse nur für die Anmeldung und für Nachrichten zu Ihren Beiträgen.
signin-too-many = Für diese Adresse wurden in der letzten Stunde schon mehrere Links verschickt. Bitte sehen Sie in Ihr Postfach oder versuchen Sie es später noch einmal.
signin-sent-title = Bitte sehen Sie in Ihr Postfach
signin-sent-text = Wir haben Ihnen eine E-Mail mit einem Link geschickt. Der Link gilt 30 Minuten und nur einmal.
signin-sent-no-mail = Keine E-Mail bekommen? Sehen Sie auch im Spam-Ordner nach, oder fordern Sie den Link noch einmal an.
signin-link-title = Anmelden
signin-link-text = Mit diesem Knopf melden Sie sich an als
signin-link-button = Jetzt anmelden
signin-link-invalid = Dieser Link gilt nicht mehr. Er war schon benutzt oder ist abgelaufen.
signin-again = Neuen Link anfordern

me-title = Meine Seite
me-saved = Ihre Angaben sind gespeichert.
me-choose-name = Bitte wählen Sie einen Namen. Er steht bei Ihren Beiträgen. Sie können auch einen Fantasienamen nehmen.
me-profile = Name und Sprache
me-email = E-Mail-Adresse
me-display-name = Angezeigter Name
me-display-name-hint = Andere sehen diesen Namen bei Ihren Beiträgen. Ein Fantasiename ist erlaubt. Höchstens 60 Zeichen.
me-language = Sprache für Seiten und E-Mails
me-save = Speichern
me-name-required = Bitte geben Sie einen Namen ein.
me-name-too-long = Der Name darf höchstens 60 Zeichen lang sein.
me-registrations = Meine Anmeldungen
me-no-registrations = Mit dieser Adresse gibt es keine Anmeldung zu einer Veranstaltung.
me-manage = Anmeldung ansehen
me-contributions = Meine Beiträge
me-no-contributions = Sie haben noch nichts geschrieben.
me-kind-comment = Kommentar
me-kind-proposal = Vorschlag
me-removed = entfernt
me-data = Meine Daten
me-export = Alle meine Daten herunterladen (JSON)
me-sign-out = Abmelden
me-delete-heading = Konto löschen
me-delete-text = Wenn Sie Ihr Konto löschen, löschen wir Ihre E-Mail-Adresse und Ihren Namen. Ihre Beiträge bleiben stehen, mit dem Hinweis „gelöschte Person“. Ihre Anmeldungen zu Veranstaltungen verwalten Sie über den Link in der Anmelde-E-Mail.
me-delete-confirm = Ja, ich will mein Konto löschen.
me-delete-button = Konto löschen
me-delete-confirm-required = Bitte bestätigen Sie, dass Sie Ihr Konto löschen wollen.
me-deleted-title = Konto gelöscht
me-deleted-text = Ihr Konto ist gelöscht. Ihre Beiträge stehen jetzt ohne Ihren Namen da.
me-deleted-home = Zur Startseite

mail-greeting-participant = Guten Tag,
mail-sign-in-link-subject = Ihr Link zum Anmelden
mail-sign-in-link-body = Sie wollen sich bei mitwirken anmelden. Klicken Sie auf den Link. Der Link gilt 30 Minuten und nur einmal. Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-sign-in-link-label = Jetzt anmelden
mail-proposal-answered-subject = Antwort auf den Vorschlag „{ $title }“
mail-proposal-answered-body = { $role ->
        [author] Die Veranstalterin hat auf Ihren Vorschlag „{ $title }“ geantwortet.
       *[supporter] Die Veranstalterin hat auf den Vorschlag „{ $title }“ geantwortet, den Sie unterstützen.
    } { $state ->
        [adopted] Der Vorschlag wurde angenommen und ist jetzt Teil des Aktionsplans.
        [merged] Der Vorschlag wurde mit einem ähnlichen Vorschlag zusammengeführt.
       *[not_adopted] Der Vorschlag wurde nicht angenommen.
    } Begründung: { $answer }
mail-proposal-link = Vorschlag und Antwort ansehen

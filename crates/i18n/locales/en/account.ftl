## Participant accounts: sign-in by link, "my page", export and deletion.

account-navigation = Account
nav-signin = Sign in to take part
nav-me = My page

signin-title = Sign in to take part
signin-intro = Enter your e-mail address. You will get an e-mail with a link. The link signs you in. You do not need a password.
signin-submit = Send link
signin-privacy = We use your address only to sign you in and to tell you about your contributions.
signin-too-many = Several links have already been sent to this address in the last hour. Please look in your inbox or try again later.
signin-sent-title = Please look in your inbox
signin-sent-text = We have sent you an e-mail with a link. The link works for 30 minutes and only once.
signin-sent-no-mail = No e-mail? Look in your spam folder too, or ask for the link again.
signin-link-title = Sign in
signin-link-text = This button signs you in as
signin-link-button = Sign in now
signin-link-invalid = This link no longer works. It has been used already or has expired.
signin-again = Ask for a new link

me-title = My page
me-saved = Your details are saved.
me-choose-name = Please choose a name. It is shown with your contributions. A made-up name is fine.
me-profile = Name and language
me-email = E-mail address
me-display-name = Name shown
me-display-name-hint = Others see this name with your contributions. A made-up name is allowed. At most 60 characters.
me-language = Language for pages and e-mails
me-save = Save
me-name-required = Please enter a name.
me-name-too-long = The name may be at most 60 characters long.
me-registrations = My registrations
me-no-registrations = There is no event registration with this address.
me-manage = View registration
me-contributions = My contributions
me-no-contributions = You have not written anything yet.
me-kind-comment = Comment
me-kind-proposal = Proposal
me-removed = removed
me-data = My data
me-export = Download all my data (JSON)
me-sign-out = Sign out
me-delete-heading = Delete account
me-delete-text = If you delete your account, we delete your e-mail address and your name. Your contributions stay, marked "deleted participant". You manage your event registrations with the link in the registration e-mail.
me-delete-confirm = Yes, I want to delete my account.
me-delete-button = Delete account
me-delete-confirm-required = Please confirm that you want to delete your account.
me-deleted-title = Account deleted
me-deleted-text = Your account is deleted. Your contributions are now shown without your name.
me-deleted-home = Go to the start page

mail-greeting-participant = Hello,
mail-sign-in-link-subject = Your sign-in link
mail-sign-in-link-body = You want to sign in to mitwirken. Click the link. It works for 30 minutes and only once. If this was not you, you need not do anything.
mail-sign-in-link-label = Sign in now
mail-proposal-answered-subject = Answer to the proposal "{ $title }"
mail-proposal-answered-body = { $role ->
        [author] The organiser has answered your proposal "{ $title }".
       *[supporter] The organiser has answered the proposal "{ $title }", which you support.
    } { $state ->
        [adopted] The proposal was adopted and is now part of the action plan.
        [merged] The proposal was merged with a similar proposal.
       *[not_adopted] The proposal was not adopted.
    } Reason: { $answer }
mail-proposal-link = See the proposal and the answer

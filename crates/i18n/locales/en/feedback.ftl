## Reports of barriers (BITV 2.0 § 7): the form in the accessibility statement, the thank-you
## page, the organiser's mail (always sent in German) and the list in the back office.

feedback-label-message = Description of the barrier
feedback-message-hint = What did you want to do, and what did not work? If you use assistive technology, such as a screen reader or magnification, please tell us which.
feedback-label-page = Address of the page
feedback-page-hint = On which page is the barrier? For example the address from your browser or the title of the page.
feedback-email-hint = Only if you would like an answer. We will write to you only about this report.
feedback-label-name = Your name
feedback-privacy = Your report goes to the operator of this website. We use your details only to remove the barrier and to answer you. { $days } days after we have dealt with your report, we delete it with all your details. More about this:
feedback-privacy-page = If you report a barrier in the accessibility statement, we store your report and, if you give them, your email address and your name. We use them only to remove the barrier and to answer you, and delete them { $days } days after we have dealt with the report. We do not store your IP address, only a check value derived from it, and that only for one hour, to prevent mass reports.
feedback-submit = Send report
feedback-by-mail = You can also send us an email:
feedback-too-many = Several reports have already come from your connection in the last hour. Please try again in an hour or send us an email. Your text is still in the form.

feedback-sent-title = Thank you for your report
feedback-sent-text = We have received your report.
feedback-sent-answer = If you gave an email address, we usually answer within two weeks. Without an address we cannot answer you, but we will still deal with the barrier.
feedback-back = Back to the accessibility statement

feedback-page = Page
feedback-page-none = not given
feedback-message = Description
feedback-email = Email address
feedback-email-none = none – an answer is not possible
feedback-name = Name
feedback-written-in = Language of the report
feedback-received = Received

mail-accessibility-feedback-subject = Barrier reported (report { $id })
mail-accessibility-feedback-body = A report has come in through the form in the accessibility statement. If the person gave an address, BITV 2.0 requires an answer.
feedback-mail-link = See the reports in the back office
feedback-mail-footer-reply = This email was sent automatically. If you reply to it, your answer goes straight to the person who reported the barrier.
feedback-mail-footer-anonymous = This email was sent automatically. The person gave no address.

feedback-admin-nav = Barriers
feedback-admin-title = Reported barriers
feedback-admin-intro = These are the reports from the form in the accessibility statement. Please answer everyone who gave an address, then mark the report as handled. { $days } days later it is deleted with all its details.
feedback-admin-open = { $count ->
    [one] Open: 1 report
   *[other] Open: { $count } reports
}
feedback-admin-handled = { $count ->
    [one] Handled: 1 report
   *[other] Handled: { $count } reports
}
feedback-admin-none-open = No open reports.
feedback-admin-none-handled = No handled reports yet.
feedback-admin-item = Report { $id } of { $when }
feedback-admin-status = Handled
feedback-admin-handled-by = on { $when } by { $who }
feedback-admin-handled-at = on { $when }
feedback-admin-mark-handled = Mark as handled
feedback-admin-done = The report is marked as handled.

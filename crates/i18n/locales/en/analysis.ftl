## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = Analysis
analysis-empty = There is no analysis for this field of action yet.
analysis-how-to-comment = You can comment on every paragraph and reply to comments.
analysis-paragraph-link = Link to paragraph { $number }
analysis-comments-heading = Comments on paragraph { $number }
analysis-comment-count = { $count ->
    [0] No comments yet
    [one] 1 comment
   *[other] { $count } comments
}
analysis-removed-heading = Comments on removed paragraphs
analysis-removed-text = These paragraphs are no longer part of the analysis. The comments on them can still be read.
analysis-proposals-link = Proposals for goals and measures in this field of action
analysis-field-link = Read and comment on the analysis
analysis-process-link = To the analysis of each field of action

comment-none = No comments yet.
comment-write = Write a comment
comment-label-paragraph = Your comment on paragraph { $number }
comment-hint = At most 5000 characters. You can use simple formatting: **bold**, *italic*, lists and links.
comment-submit = Publish comment
comment-reply = Reply
comment-reply-label = Your reply to { $name }
comment-reply-submit = Publish reply
comment-author-deleted = deleted participant
comment-edited = edited
comment-earlier-version = This comment was written about an earlier version of this paragraph.
comment-hidden = Hidden by moderation. Reason: { $reason }
comment-deleted = Deleted by its author.
comment-edit = Edit
comment-delete = Delete
comment-report = Report
comment-access-sign-in = You need to sign in to comment.
comment-access-sign-in-link = Sign in now
comment-access-choose-name = Before you comment, please choose a name. It is shown with your comments.
comment-access-choose-name-link = Choose a name
comment-access-not-yet = Commenting opens on { $date }. You can already read everything.
comment-access-closed = The participation phase is over. You can no longer write comments. Everything remains readable.
comment-access-not-yet-short = Commenting opens on { $date }.
comment-access-closed-short = Commenting is closed.
comment-refused-title = This is not possible
comment-error-rate-limited = You have written many contributions in a short time. Please wait a few minutes, then send again.
comment-error-reply = You cannot reply to this comment. Replies go to comments only, not to replies, and not to deleted or hidden comments.
comment-error-not-author = Only the person who wrote the comment can change or delete it.
comment-error-too-late = A comment can only be changed within its first 15 minutes. You can still delete it.
comment-error-hidden = Moderation has hidden this comment. It can no longer be changed.
comment-edit-title = Edit comment
comment-edit-intro = You can change your comment for 15 minutes. After that it stays as it is.
comment-edit-label = Your comment
comment-edit-save = Save change
comment-edit-cancel = Cancel
comment-back = Back to the contribution

report-title = Report a contribution
report-intro = Does this contribution break the rules, for example by insulting or demeaning people? Then report it. The moderation team will look at it.
report-kind-comment = Comment
report-kind-proposal = Proposal
report-kind-paper = Position paper
report-reason = Why are you reporting this contribution?
report-reason-hint = At most 1000 characters. The author will not learn who reported it.
report-reason-required = Please write why you are reporting this contribution.
report-submit = Send report
report-sent-title = Thank you for your report
report-sent-text = Your report has arrived. The moderation team will look at the contribution.
report-already-hidden = This contribution is already hidden or deleted.

admin-cocreation-title = Analysis and moderation
admin-cocreation-none = You do not have a role in any participation process that lets you edit the analysis or moderate.
admin-cocreation-analysis = Edit the analysis of the fields of action
admin-analysis-title = Analysis: { $field }
admin-analysis-hint = Write the whole text in Markdown. Separate paragraphs with a blank line; each paragraph gets a number and its own comments. When you change a paragraph, its comments stay and are marked as written about an earlier version. A translation needs exactly as many paragraphs as the German text.
admin-analysis-german-required = Please enter the German text.
admin-analysis-saved = Saved. Unchanged: { $kept }, changed: { $changed }, new: { $added }, removed: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [one] 1 paragraph
       *[other] { $count } paragraphs
    } instead of { $german }. This translation was not saved. Please give it as many paragraphs as the German text.
admin-analysis-public = View the public page

admin-moderation-title = Moderation
admin-moderation-open-count = { $count ->
    [0] no open reports
    [one] 1 open report
   *[other] { $count } open reports
}
admin-moderation-reports = Open reports
admin-moderation-no-reports = There are no open reports.
admin-moderation-reason = Reason given in the report
admin-moderation-author = Written by
admin-moderation-text = Reported text
admin-moderation-hidden-reason = Reason for hiding
admin-moderation-view = See it in place
admin-moderation-open-pdf = Open the PDF file
admin-moderation-public-reason = Public reason for hiding
admin-moderation-public-reason-hint = Everyone sees this reason in place of the contribution.
admin-moderation-reason-required = Please give a reason. It is shown in place of the contribution.
admin-moderation-hide = Hide
admin-moderation-dismiss = Dismiss report
admin-moderation-hidden = Hidden contributions
admin-moderation-none-hidden = Nothing is hidden.
admin-moderation-unhide = Show again
admin-moderation-done-hidden = The contribution is hidden. The reports on it are resolved.
admin-moderation-done-shown = The contribution is visible again.
admin-moderation-done-dismissed = The report is dismissed.

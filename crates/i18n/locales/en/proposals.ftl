## Proposals of goals and measures, supports, position papers, and the organiser's answers.

proposals-trail = You are here
proposals-heading = Proposals
proposals-field-title = Proposals: { $field }
proposals-intro = Here you can propose goals and measures for this field of action and support the proposals of others. The organiser answers every proposal publicly.
proposals-count = { $count ->
    [0] There are no proposals yet.
    [one] There is 1 proposal.
   *[other] There are { $count } proposals.
}
proposals-by = by
proposals-kind = What do you propose?
proposals-kind-goal = Goal
proposals-kind-measure = Measure
proposals-kind-missing = Please choose whether you propose a goal or a measure.
proposals-title-label = Title
proposals-title-hint = One short sentence that says what it is about. At most 200 characters.
proposals-title-missing = Please enter a title.
proposals-title-too-long = The title may be at most { $max } characters long.
proposals-text-label = Your proposal
proposals-text-hint = Describe what should happen and why. You can use simple formatting: **bold**, and lists with "- " at the start of a line. At most 5000 characters.
proposals-text-missing = Please describe your proposal.
proposals-text-too-long = The text may be at most { $max } characters long.
proposals-propose-heading = Make a proposal
proposals-submit = Send proposal
proposals-too-many = You have written a lot in a short time. Please wait a few minutes and try again.
proposals-need-name = Before you write something, please choose the name that is shown with your contributions.
proposals-choose-name = Choose a name
proposals-sign-in-to-propose = To make a proposal or support one, please sign in. You only need your e-mail address.
proposals-sign-in = Sign in
proposals-opens-later = You can make and support proposals from { $start } to { $end }.
proposals-phase-over = The participation phase has ended. You can no longer make or support proposals. You can still read the proposals and the organiser's answers.
proposals-no-phase = This process has no participation phase. You can read the proposals here.
proposals-deleted-participant = deleted participant
proposals-deleted = Deleted by the author.
proposals-hidden = Hidden by moderation. Reason: { $reason }
proposals-number = Proposal no. { $id }
proposals-state-open = Not answered yet
proposals-state-adopted = Adopted
proposals-state-merged = Merged
proposals-state-not-adopted = Not adopted
proposals-supports = { $count ->
    [0] No supports yet
    [one] 1 support
   *[other] { $count } supports
}
proposals-edited = changed
proposals-support = Support this proposal
proposals-withdraw = Withdraw my support
proposals-you-support = You support this proposal.
proposals-own-support = This is your own proposal. You cannot support it yourself. The number shows how many other people support it.
proposals-support-answered = The organiser has already answered this proposal. Supports can no longer be given or withdrawn.
proposals-sign-in-to-support = Sign in to support this proposal
proposals-edit-until = Change (until { $time })
proposals-delete = Delete my proposal
proposals-answer-heading = The organiser's answer
proposals-not-answered = The organiser has not answered this proposal yet.
proposals-answered-on = Answered on { $date }.
proposals-adopted-into = The proposal was adopted. It is now part of the action plan as:
proposals-merged-into = The proposal was merged with a similar proposal:
proposals-reason = Reason
proposals-answer-text = Explanation
proposals-edit-title = Change the proposal
proposals-edit-intro = You can change your proposal for 15 minutes after sending it.
proposals-save = Save changes
proposals-back = Back to the proposal
proposals-edit-too-late = You can change a proposal only within 15 minutes after sending it. This time has passed.
proposals-edit-answered = The organiser has already answered this proposal. It can no longer be changed.
proposals-analysis-link = To the analysis of this field of action
proposals-report = Report this proposal
proposals-comments-heading = Comments
proposals-comment-label = Your comment on this proposal
proposals-comments-closed = No more comments can be written on this proposal.
proposals-field-link = { $count ->
    [0] Proposals: none yet
    [one] 1 proposal
   *[other] { $count } proposals
}

papers-link = Position papers of organisations
papers-title = Position papers
papers-intro = Associations, initiatives and other organisations can add a position paper as a PDF file. Everyone can read the papers.
papers-list-heading = Papers received
papers-count = { $count ->
    [0] There are no papers yet.
    [one] There is 1 paper.
   *[other] There are { $count } papers.
}
papers-number = Paper no. { $id }
papers-download = Download "{ $title }" (PDF, { $size })
papers-size-kb = { $size } KB
papers-size-mb = { $whole }.{ $tenth } MB
papers-upload-heading = Add a position paper
papers-organisation = Organisation
papers-organisation-hint = The name of your association, initiative or organisation.
papers-organisation-missing = Please enter the name of the organisation.
papers-title-label = Title of the paper
papers-title-missing = Please enter the title of the paper.
papers-too-long = At most { $max } characters are allowed here.
papers-summary = Summary
papers-summary-hint = A few sentences on what the paper says. At most 1000 characters.
papers-summary-too-long = The summary may be at most { $max } characters long.
papers-field = Field of action
papers-field-none = The whole concept
papers-field-unknown = Please choose a field of action from the list.
papers-file = PDF file
papers-file-hint = Only PDF files, at most 10 MB. The file must not contain scripts, attached files or videos.
papers-file-missing = Please choose a PDF file.
papers-file-not-pdf = This file is not a PDF. Please choose a PDF file.
papers-file-too-large = The file is larger than 10 MB. Please make it smaller, for example with fewer or smaller pictures.
papers-file-active = The PDF contains scripts, attached files or videos. For safety we do not accept such files. Please save it again without them, for example with "Print to PDF".
papers-file-uncheckable = We cannot check this PDF, because parts of it are encrypted or packed in an unusual way. Please save it again, for example with "Print to PDF".
papers-file-broken = The file did not arrive completely. Please try again.
papers-submit = Add paper
papers-submitted = Thank you. Your paper is now in the list.
papers-sign-in-to-upload = To add a position paper, please sign in.
papers-proposals-heading = Proposals per field of action
papers-report = Report this paper

admin-proposals-title = Proposals
admin-proposals-no-processes = You do not answer proposals in any process.
admin-proposals-waiting = { $count ->
    [0] none waiting for an answer
    [one] 1 waiting for an answer
   *[other] { $count } waiting for an answer
}
admin-proposals-of = Proposals: { $process }
admin-proposals-kind = Kind
admin-proposals-status = Status
admin-proposals-answer-title = Answer the proposal: { $title }
admin-proposals-state = Answer
admin-proposals-all = All
admin-proposals-filter = Show
admin-proposals-field = Field of action
admin-proposals-author = Proposed by
admin-proposals-supports = Supports
admin-proposals-choice = No. { $id }: { $title }
admin-proposals-saved = The answer is published. The proposer and the supporters are told by e-mail.
admin-proposals-back = All proposals of the process
admin-proposals-public = Public page of the proposal
admin-proposals-answer = Public answer
admin-proposals-answer-hint = Shown on the proposal's page and sent by e-mail to the proposer and all supporters. If the proposal is not adopted, give the reason.
admin-proposals-measures = Adopted into these measures
admin-proposals-measures-hint = Only for "Adopted": choose at least one measure of the action plan.
admin-proposals-no-measures = The action plan has no measures yet. Add them first.
admin-proposals-merged-into = Merged into
admin-proposals-merged-into-hint = Only for "Merged": choose the proposal this one was merged into.
admin-proposals-merged-none = (none)
admin-proposals-publish = Publish answer
admin-proposals-state-missing = Please choose an answer: adopted, merged or not adopted.
admin-proposals-reason-missing = Please give the reason why the proposal is not adopted.
admin-proposals-answer-missing = Please write the public answer.
admin-proposals-answer-too-long = The answer may be at most { $max } characters long.
admin-proposals-measure-missing = Please choose at least one measure that the proposal became.
admin-proposals-measure-unknown = Please choose only measures of this process.
admin-proposals-merge-missing = Please choose the proposal this one was merged into.
admin-proposals-merge-invalid = This proposal cannot be chosen. Choose another visible proposal of this process that is not itself merged into this one.

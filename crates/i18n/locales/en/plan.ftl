## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = Action plan
plan-read = Read the action plan with all goals and measures
plan-pdf-link = Download the action plan as a PDF
plan-open-data = Open data
plan-empty = The action plan has no goals yet. The city writes it after the participation phase.
plan-fields = Fields of action
plan-field = Field of action
plan-goal = Goal
plan-no-goals = There are no goals for this field of action yet.
plan-no-measures = There are no measures for this goal yet.
plan-status = Status
plan-status-planned = planned
plan-status-in-progress = in progress
plan-status-done = done
plan-status-dropped = dropped
plan-lead-unit = Lead
plan-partners = Partners
plan-timeframe = Timeframe
plan-indicators = How success is measured
plan-latest-update = Last update on
plan-all-updates = { $count ->
        [one] 1 progress update
       *[other] All { $count } progress updates
    }
plan-as-of = As of { $date }

plan-based-on = Based on { $list }.
list-and = { $first } and { $last }
list-comma = { $first }, { $rest }
plan-origin-proposals = { $count ->
        [one] 1 proposal
       *[other] { $count } proposals
    }
plan-origin-workshop-results = { $count ->
        [one] 1 workshop result
       *[other] { $count } workshop results
    }
plan-origin-comments = { $count ->
        [one] 1 comment
       *[other] { $count } comments
    }
plan-origin-papers = { $count ->
        [one] 1 position paper
       *[other] { $count } position papers
    }
plan-origin-none = This measure was set by the city administration.
plan-origin-kind-proposal = Proposal
plan-origin-kind-workshop = Workshop result
plan-origin-kind-comment = Comment
plan-origin-kind-paper = Position paper
plan-origin-removed = removed

plan-progress-title = Progress of the action plan
plan-progress-intro = For each field of action, the table shows how many measures are planned, in progress, done or dropped.
plan-progress-caption = Measures by field of action and status
plan-total = Total
plan-share-done = Share done
plan-percent = { $percent }%
plan-all-fields = All fields of action

plan-results-title = Results of the events
plan-results-intro = This is what the working groups and the pin boards recorded at the events. The dots show how many people found a point important.
plan-results-none = There are no results yet.
plan-to-plan = Go to the action plan
plan-pin-board = Pin boards
plan-working-group-removed = Working group
plan-dot-votes = { $count ->
        [one] 1 dot vote
       *[other] { $count } dot votes
    }
plan-result-became = In the action plan, this became:

plan-admin-nav = Action plan and results
plan-admin-no-processes = You may not edit the action plan of any participation process.
plan-admin-edit-plan = Edit the action plan
plan-admin-results = Record results
plan-admin-title = Action plan: { $process }
plan-admin-public-page = Public page
plan-admin-back = Back to the action plan
plan-admin-edit-goal = Edit goal
plan-admin-add-goal = Add a goal
plan-admin-add-measure = Add a measure
plan-admin-goal-title = Title of the goal
plan-admin-measure-title = Title of the measure
plan-admin-description = Description
plan-admin-goal-heading = Goal: { $goal }
plan-admin-measure-heading = Measure: { $measure }
plan-admin-delete-goal = Delete goal
plan-admin-delete-goal-text = { $count ->
        [0] The goal has no measures.
        [one] Its measure is deleted with the goal, together with its updates and links.
       *[other] Its { $count } measures are deleted with the goal, together with their updates and links.
    }
plan-admin-delete-measure = Delete measure
plan-admin-delete-confirm = Yes, I want to delete this.
plan-admin-texts = Texts and status
plan-admin-progress = Progress
plan-admin-no-updates = There is no progress update yet.
plan-admin-add-update = Add a progress update
plan-admin-update-date = Date of the update
plan-admin-update-note = What has happened?
plan-admin-origins = Origins
plan-admin-origins-hint = Link the measure to the contributions it came from, so that anyone can trace what became of a proposal.
plan-admin-remove-origin = Remove link
plan-admin-add-origin = Add a link
plan-admin-link = Link
plan-admin-no-proposals = This field of action has no proposals that are not linked yet.
plan-admin-no-results = This field of action has no event results that are not linked yet.
plan-admin-no-papers = There are no position papers that are not linked yet.
plan-admin-comment-number = Number of the comment
plan-admin-comment-hint = The number is in the comment's address after “#c-”.
plan-admin-results-title = Results: { $event }
plan-admin-result-edit-title = Change a result: { $event }
plan-admin-all-results = All results of this event
plan-admin-result-record = Record a result
plan-admin-result-change = Change the result
plan-admin-result-group = Working group or pin board
plan-admin-result-text = Text
plan-admin-result-text-hint = Write down what is on the card or in the minutes. The first line is the heading.
plan-admin-result-dots = Dot votes
plan-admin-results-recorded = Recorded results
plan-admin-result-delete = Delete

plan-admin-error-german = Please write the text in German. Translations are optional, but the German text is always needed.
plan-admin-error-too-long = Please write at most { $max } characters.
plan-admin-error-text-empty = Please write a text.
plan-admin-error-date = Please enter a valid date.
plan-admin-error-comment = There is no comment with this number in this participation process.
plan-admin-error-dot-votes = Please enter a whole number of 0 or more.
plan-admin-error-confirm = Please confirm that you want to delete.

plan-admin-done-goal-added = The goal has been added.
plan-admin-done-goal-saved = The goal has been saved.
plan-admin-done-goal-deleted = The goal has been deleted.
plan-admin-done-measure-added = The measure has been added. Now fill in the other details.
plan-admin-done-measure-saved = The measure has been saved.
plan-admin-done-measure-deleted = The measure has been deleted.
plan-admin-done-update-added = The update has been saved. The measure now has the status given in the update.
plan-admin-done-origin-added = The link has been saved.
plan-admin-done-origin-removed = The link has been removed.
plan-admin-done-result-added = The result has been recorded.
plan-admin-done-result-saved = The result has been saved.
plan-admin-done-result-deleted = The result has been deleted, and so have its links to measures.

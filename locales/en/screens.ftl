# The full-screen quiz: top bars, screens, pop-ups and one-line notices.

top-workshop = Workshop: { $session }
top-done = { $n } done
top-welcome = Welcome
welcome-press-enter = Press Enter to start.
welcome-how-heading = How to answer
welcome-key-numbers = 1 to 5
welcome-numbers = answer at once (a choice question uses 1 to 4)
welcome-arrows = move, then Enter to pick
welcome-key-back = ← or b
welcome-back = go back and change an answer
welcome-skip = skip a question (you can come back to it)
welcome-help = show all keys at any time
welcome-leave = leave
welcome-plain = Using a screen reader, or want plain text? Quit and run: careerfit --plain
welcome-plain-seat = Using a screen reader, or want plain text? Leave with q and join again with ssh -T (the same line, with -T added).
welcome-facilitator = Facilitator: results go to { $file }. q ends the workshop.
welcome-facilitator-pin = Facilitator: results go to { $file }. q ends the workshop (PIN needed).
notice-ctrl-c-kiosk = Ctrl-C does not end the workshop. The facilitator ends it from the welcome screen with q.
notice-skipped = Skipped. You can come back to it in the review.
notice-kiosk-retake = Press n when you are done; the next person starts fresh.
notice-kiosk-reports = Reports are off on the workshop kiosk; the facilitator can export the group's results.
notice-kiosk-leave = Press n when you are done: your result is saved and the next person can start.
notice-pin-wrong-again = That PIN was not right. Type it again.
notice-next-person = Saved. Ready for the next person.
confirm-kiosk-title = Start over for the next person?
confirm-kiosk-text = These answers will be cleared and not saved.
confirm-start-over = start over
confirm-keep-going = keep going
confirm-leave-result-title = Leave careerfit?
confirm-leave-result-text = Your result will be printed in the terminal when you leave.
confirm-leave = leave
confirm-stay = stay
confirm-leave-title = Leave the quiz?
confirm-leave-text = You have answered { $n ->
    [one] { $n } question
   *[other] { $n } questions
}. If you leave now, your answers are lost.
confirm-retake-title = Start over?
confirm-retake-saved = The quiz starts again with no answers. This result stays saved: see it again with careerfit history.
confirm-retake-unsaved = The quiz starts again with no answers. Saving is off, so this result will be gone.
confirm-keep-results = keep my results
help-close = Press any key to close.
help-title = Keys
end-workshop-pin = Facilitator PIN: { $typed }
end-workshop-title = End the workshop?
end-workshop-end = end
end-workshop-recorded = { $n } participants were recorded.
top-welcome-back = Welcome back
resume-unfinished = You have an unfinished quiz from { $when }: { $answered } of { $total } questions answered.
resume-dropped = { $n ->
    [0] All your answers still fit and were kept.
    [one] 1 answer no longer matches the quiz (its question or option changed), so it was dropped.
   *[other] { $n } answers no longer match the quiz (their question or option changed), so they were dropped.
}
resume-changed = The quiz has changed since then. { $dropped }
name-welcome = Welcome! Type a nickname so the facilitator can find your result, or just press Enter to stay anonymous.
name-label = Nickname:
name-limit = Up to { $n } characters. Shown to the group only if the facilitator chooses.
top-question-of = { $n } of { $total }
prompt-likert = How much would you like to do this?
prompt-choice = Pick the one you would most like to do.
question-skipped-before = You skipped this one. Answer it now, or press s to skip again.
question-more-above = ↑ more above
question-more-below = ↓ more below
question-your-answer-at = ✓ your answer: { $n }
question-your-answer = ✓ your answer
top-review = Review your answers
top-answered-of = { $answered } of { $total } answered
review-answered = You answered { $answered } of { $total }.
review-skipped = Skipped: { $n }.
review-not-seen = Not answered yet: { $n }.
review-pick = Pick one to change it, or see your results.
review-see-results = See my results →
review-mark-skipped = Skipped
review-mark-not-answered = Not answered
top-results = Your results
results-retake-hint = Press r to take the quiz again.
results-fits-heading = How each role fits you
results-enter-opens = Enter opens the highlighted role.
results-interests-heading = Your interests (0 to 100)
results-not-measured = not measured: no answers
results-no-reasons = None of your answers leaned clearly toward it.
results-about = About { $role }
results-cert-step = A certification to work toward: { $name }, by { $issuer }
results-pay = Pay: { $pay }
results-career-path = Career path: { $path }
results-next-steps = Next steps
results-enter-for-more = Press Enter for duties, skills, education and sources.
tab-overview = Overview
tab-duties = Duties
tab-skills = Skills
tab-certifications = Certifications
tab-education = Education
tab-pay = Pay & outlook
tab-path = Career path
tab-sources = Sources
tab-short-certifications = Certs
tab-short-pay = Pay
tab-short-path = Path
role-rank = #{ $n } of { $total }, { $fit }% fit
role-not-given = Not given for this role.
role-source = Source: { $source }
role-retired-note = { $current } current. { $retired ->
    [one] { $retired } is RETIRED and no longer offered: listed last, so you know to skip it.
   *[other] { $retired } are RETIRED and no longer offered: listed last, so you know to skip them.
}
role-cert-by = by { $issuer }
role-retired = RETIRED: no longer offered
role-start-here = ← you start here
role-start-here-above = You start here ↓
compare-footer = Open a role from the results for the full text, issuers and sources.
top-compare = Compare the roles
top-compare-sources = sources: open each role
too-small-need = terminal too small: need { $width }x{ $height }
too-small-now = now { $width }x{ $height }
too-small-bigger = Make the window bigger to go on.
too-small-keys = Keys wait until then; q leaves.
more-both = ↑ PgUp  ↓ more: PgDn
more-below = ↓ more: PgDn
more-top = ↑ PgUp: back to the top
compare-not-given = Not given
part-work = Where you would work
part-occupations = Official occupations
part-duties = What you would do
part-skills = Skills you would use
part-certifications = Certifications
part-entry = How people get in
part-education = Education
part-pay = Pay
part-outlook = Job outlook
part-career-path = Career path
part-sources = Sources

# Said on the question screen, or when the results cannot be worked out.
notice-press-number = Press a number from 1 to { $n }.
score-nothing-measured = Answer at least one question: no answer measured any interest area yet.
score-no-roles = There are no roles to match against.

# Why the full-screen quiz stopped, printed after the terminal is restored.
tui-input-stopped = the terminal input stopped
tui-keys-stopped = the terminal stopped sending keys: { $why }

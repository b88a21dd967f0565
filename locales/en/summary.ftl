# The result in words, shared by the screens, plain mode and the goodbye.

quiz-length = { $n ->
    [one] { $n } question
   *[other] { $n } questions
}, about { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
how-to-answer = It is for exploring: not a test, and not a hiring tool. Answer by whether you would enjoy the work, not by whether you know how yet or what it pays.
hint = Hint: { $hint }
fit-meaning = Fit (0 to 100) is how closely your interests match a role's profile, not a chance of success.
headline-low-interest = Little interest in these kinds of IT work: none of them stood out for you.
headline-flat = No clear lean: your answers did not favour any one area.
headline-close-call = Close call: { $first } and { $second } fit you about equally well.
headline-incomplete = You lean toward { $role }, but too few questions were answered for a firm result.
headline-best = Your best fit: { $role } ({ $fit }% fit).
note-low-interest = Your answers show little interest in any of the kinds of IT work this quiz asks about. That is a useful answer too: IT may not be for you, and that is fine. A wider quiz covers every career: the O*NET Interest Profiler at My Next Move ({ $url }).
note-flat = Your interest scores are close together, so the ranking below is only a loose guide. Try the quiz again another day, or talk it over with a career counselor.
note-close-call = { $first } and { $second } are only { $points } points apart. Read about both before you choose.
note-incomplete = You answered { $answered } of { $total } questions, so this result is rough. Answer more questions for a firmer result.
reasons-heading-lean = Your answers that lean most toward { $role } (a weak lean)
reasons-heading-why = Why { $role }: your own answers
reason-choice = You chose "{ $answer }" for: { $text }
reason-likert = { $answer }: "{ $text }"
summary-answered = You answered { $answered } of { $total } questions.
summary-note = Note: { $note }
summary-fits-heading = How each role fits you:
summary-interests-heading = Your interests (0 = not at all, 100 = very much):
summary-not-measured = not measured (no answers)
kept-answers-saved = Your answers are saved. Run careerfit again to pick up where you left off.
kept-read-more = Read more about a role with: careerfit roles { $role }
kept-result-saved = Your result is saved: careerfit history lists your results.
kept-report = Report: { $path }
kept-earlier-reports-changed = Reports of an earlier result (before you changed answers or started over):
kept-left-early = You left before the results. Run careerfit again any time.
kept-earlier-reports = Reports of an earlier result:
pay-p10 = 10th percentile
pay-median = median
pay-p90 = 90th percentile
pay-one = { $name }: median (middle) { $figure } a year, { $asof }
pay-many = { $name }: { $figures } a year: { $labels }, { $asof }
outlook-grow = jobs grow { $percent }%
outlook-shrink = jobs shrink { $percent }%
outlook-no-change = no change in jobs
outlook-openings = ; about { $n } openings a year
outlook-line = { $occupation }: { $change } over { $period }{ $openings }
entry-preview = Entry: { $when }
entry-none = no work experience needed first
entry-none-first-job = no work experience needed first; a first job: { $step }
entry-years = usually after { $years } or more years in IT
entry-years-first-step = usually after { $years } or more years in IT; a first step toward it: { $step }

# A result's flags as short words, in lists and tables (history, batch,
# the group report).
flag-low-interest = low interest
flag-close-call = close call
flag-flat = flat
flag-incomplete = incomplete

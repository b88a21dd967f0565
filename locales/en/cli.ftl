# careerfit's own words on the command line: failures and notices on
# stderr, and what a command prints as it ends.

## Every failure and warning line (stderr).
cli-error = error: { $message }
cli-warning = warning: { $warning }
# A reason from outside careerfit (the operating system's words), as it came.
cli-reason = { $why }

## Problems in content or answers files, after each problem's own line.
cli-more-problems = ... and { $n ->
    [one] { $n } more problem
   *[other] { $n } more problems
} not shown; fix these first, then check again
cli-found-problems = careerfit: found { $n ->
    [one] { $n } problem; fix it
   *[other] { $n } problems; fix them
} and try again

## Output that could not be written or made.
cli-write-failed = could not write the output: { $why }
cli-json-failed = could not write JSON: { $why }
cli-csv-failed = could not write CSV: { $why }

## Commands used the wrong way.
cli-score-needs-answers = score needs --answers FILE or --answers-csv FILE
cli-workshop-no-terminal = the workshop kiosk needs a terminal to draw in
cli-no-such-role = there is no role `{ $id }`; the roles are: { $roles }
cli-no-such-language = careerfit has no `{ $lang }` language; use one of: { $langs }
cli-at-least-one = { $flag } must be at least 1

## careerfit score: no result for an answers file.
cli-score-failed = { $file }: { $why }
cli-score-nothing-measured = answer at least one question: no answer measured any interest area yet
cli-score-no-roles = there are no roles to match against

## careerfit history N: a result of another quiz.
cli-reopen-other-quiz = result { $n } is from quiz `{ $saved }`, but the quiz loaded is `{ $loaded }`; add --quiz with that quiz's file

## The quiz and the kiosk, as they end.
cli-stopped-ctrl-c = careerfit: stopped (Ctrl-C)
cli-stopped-by-signal = careerfit: stopped by signal { $signal }
cli-plain-stopped = plain mode stopped: { $why }
cli-terminal-closed = the terminal stopped sending keys: { $why }
cli-terminal-input-stopped = the terminal input stopped

## careerfit workshop (the kiosk).
cli-workshop-no-save = the workshop kiosk saves each participant's result; run it without --no-save
cli-workshop-stopped = careerfit: the workshop was stopped by signal { $signal }
cli-kiosk-input-ended = careerfit: the input ended, so the workshop is over
cli-kiosk-input-ended-unfinished = careerfit: the input ended before a participant's result was recorded; their answers were not saved
cli-plain-kiosk-stopped = the plain kiosk stopped: { $why }
cli-pin-empty = --pin is empty: give the PIN the facilitator will type to end the kiosk (1 to { $most } characters), or leave --pin out
cli-pin-too-long = --pin is { $n } characters long, but the kiosk's PIN box takes at most { $most }: choose a shorter PIN
cli-pin-control = --pin holds a control character (such as a tab or a new line), which cannot be typed in the kiosk: choose a PIN of letters, digits and punctuation

## A workshop's results file (workshop and serve).
cli-no-data-folder = no data folder is known here; give one with --results FILE
cli-results-not-a-file = the results file { $file } is not a regular file (it is { $kind }); give a file with --results FILE
cli-results-not-writable = the results file cannot be written ({ $why }); choose another with --results FILE

## careerfit serve.
cli-serve-not-serve = not the serve command
cli-serve-no-save = serve keeps each participant's answers; run it without --no-save
cli-serve-code = --code: use 1 to { $most } letters, digits, - _ or . (participants type it as their ssh user name)
cli-serve-no-home = no home folder to keep the answers and the host key in; set HOME
cli-serve-no-signals = cannot catch Ctrl-C: { $why }
cli-serve-ending = Ending the workshop: saying goodbye to { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}...
cli-serve-ended = Workshop ended. Everyone's answers are kept in { $folder }
cli-serve-results-in =
    Recorded results are in { $file }
    See them with: careerfit report { $file }
cli-serve-no-results = No one recorded a result, so there is no results file yet.

## careerfit report (the export and the dashboard).
cli-report-nothing-exported = nothing was exported, so that no file's results are silently left out: fix the path, or leave that file off the command line
cli-report-no-participants = careerfit: no participants yet
cli-dashboard-nothing-shown = the dashboard shows every file or none, so that no file's results are silently left out: fix the path, or leave that file off the command line

## careerfit questions (text): the question ids an answers file needs.
cli-questions-of-quiz = The { $n ->
    [one] { $n } question
   *[other] { $n } questions
} of quiz { $id } ({ $title }), by id.
cli-questions-how = In an answers file, give a scale question a number from 1 to 5 ({ $scale }), and a choice question an option's id (or its number).
cli-questions-likert = likert: 1 to 5
cli-questions-choice = choice: an option id
cli-questions-example = An answers file looks like this (leave out a question to skip it):
cli-questions-spreadsheet = For a spreadsheet of many people's answers (score --answers-csv), start from the header row that careerfit questions --format csv prints.

# The workshop kiosk (careerfit workshop) and a participant's record: PIN
# notices and saving the result.

kiosk-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
pin-wrong = That PIN is not right.
pin-wrong-wait = That PIN is not right. Wait { $time } before trying again.
pin-too-soon = Too soon: that PIN was not checked. Wait { $time } before trying again.
recorded-waiting = Saving your result: waiting for the results file, which another program is using. Please wait.
recorded-busy = Your result is not saved yet: another program has kept the results file busy for over { $time }. { $verb } n to try again, or ask the facilitator.
recorded-failed = This result could not be saved ({ $why }). Ask the facilitator; { $verb } n to try again.
kiosk-press = Press
plain-kiosk-opening = Workshop kiosk: { $session }. Each person takes the quiz in turn; each result is added to { $file }.
plain-kiosk-cleared = Your answers were cleared; nothing of them was saved.
plain-kiosk-next = ========== Next person ==========
plain-kiosk-start-named = Next person: type a nickname and press Enter, or just press Enter to stay anonymous. (Facilitator: q ends the workshop.)
plain-kiosk-nickname = Nickname:
plain-kiosk-start = Next person: press Enter to start the quiz. (Facilitator: q ends the workshop.)
plain-kiosk-press-enter = Press Enter:
plain-kiosk-ctrl-d = Ctrl-D does not end the workshop: the facilitator types q.
kiosk-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
plain-kiosk-end = End the workshop? { $done } recorded. Type y to end, or n to keep going:
plain-kiosk-yes-no = Please type y or n.
plain-kiosk-pin = Facilitator PIN to end the workshop (or just Enter to keep going):
plain-kiosk-hand-over = Type n when you are done: your result is saved for the group and the next person can start.
plain-kiosk-type-n = Type n:
plain-kiosk-type-n-done = Type n when you are done.
plain-kiosk-saved = Saved. { $done } recorded so far.
kiosk-type = Type
workshop-ended =
    Workshop ended: { $done } recorded in { $file }.
    Show the group with: careerfit report { $file }
reopen-from = Your result from { $when }.
reopen-changed = The quiz has changed since this result; it is shown as it was.
reopen-changed-dropped = The quiz has changed since this result; it is shown as it was ({ $n ->
    [one] { $n } answer no longer fits
   *[other] { $n } answers no longer fit
}).
notice-seat-recorded = Your result is saved for the workshop. You are done: close this window, or press q.
dash-title = Group report
dash-quiz-of = (quiz { $n } of { $total })
dash-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
dash-names-hidden = names hidden
dash-updated = updated { $time } UTC
dash-key-quit = quit
dash-key-scroll = scroll
dash-key-show-names = show names
dash-key-hide-names = hide names
dash-key-next-quiz = next quiz
dash-key-help = help
dash-problem = ! { $problem }: showing what was read before
dash-waiting = Waiting for { $file }: it is made when a first participant finishes
dash-quizzes = ! These files hold { $n } different quizzes: each is shown on its own (Tab)
dash-other-version = ! { $n ->
    [one] { $n } record
   *[other] { $n } records
} from another quiz version: scores may not compare exactly
dash-duplicates = ! { $n ->
    [one] { $n } record
   *[other] { $n } records
} left out: read twice (the same record in two files)
dash-skipped = ! { $n ->
    [one] { $n } bad line skipped
   *[other] { $n } bad lines skipped
} in the files: listed when you leave
dash-no-participants = No participants yet.
dash-watching = Watching { $files }: this screen updates as each participant finishes.
dash-nobody = Nobody has finished the quiz in { $files }.
dash-help-scroll-row = scroll the participants one row
dash-help-scroll-page = scroll a page
dash-help-ends = first or last participants
dash-help-names = hide or show names (for projecting)
dash-help-tab = next quiz, when the files hold several
dash-help-help = show or hide these keys
dash-help-leave = leave the dashboard
dash-help-watching = The files are checked twice a second; new participants appear as they finish.
dash-help-not-watching = Start with --watch to update as participants finish.
dash-help-title = Keys
dash-too-small = terminal too small: need { $w }x{ $h }
dash-now = now { $w }x{ $h }
dash-bigger = Make the window bigger to go on.
dash-best-fit = Best fit
dash-count = count
dash-more-roles = + { $n } more roles
dash-average = Average interest (0-100)
dash-more-areas = + { $n } more areas
dash-participants-title = Participants · times are UTC
dash-rows-of = { $from }-{ $to } of { $total }
dash-time = Time
dash-session = Session
dash-name = Name
dash-flags = Flags
group-close-calls = Close calls
group-flat = Flat profiles
group-incomplete = Incomplete
group-low-interest = Low interest
group-flag-other-version = other version
group-no-result = no result
group-participant = Participant { $n }
group-anonymous = anonymous
export-title = Group report
export-title-count = Group report: { $participants }
export-files = Files: { $files }
export-names-hidden = Names hidden.
export-note = Note: { $note }
export-quiz = Quiz `{ $quiz }`: { $participants }
export-best-fit = Best fit
export-count = count
export-share = share
export-average = Average interest profile (0 to 100)
export-measured-in = (measured in { $n })
export-not-measured = not measured
export-participants = Participants (times are UTC)
export-time = Time
export-session = Session
export-name = Name
export-flags = Flags
export-md-from = **{ $participants }** from { $n ->
    [one] { $n } file
   *[other] { $n } files
}: { $files }.
export-md-names-hidden = Names are hidden.
export-md-note = > **Note:** { $note }
export-md-quiz = Quiz { $quiz }: { $participants }
export-md-role = Role
export-md-participants = Participants
export-md-share = Share
export-md-area = Interest area
export-md-average = Average (0 to 100)
export-md-measured = Measured in
export-md-average-title = Average interest profile
export-md-times = Times are UTC.
group-note-quizzes = These files hold results of { $n } different quizzes ({ $names }): each is summarised on its own, never mixed.
group-note-duplicates = { $n ->
    [one] { $n } duplicate record was
   *[other] { $n } duplicate records were
} left out: each was read twice (the same record in two files, or a file given twice).
group-note-other-version = { $n ->
    [one] { $n } record is
   *[other] { $n } records are
} from another version of the quiz `{ $quiz }` (its questions or scoring changed): counted, but their scores may not compare exactly.
group-note-low-interest = { $n ->
    [one] { $n } participant showed
   *[other] { $n } participants showed
} little interest in any of these kinds of IT work: do not steer them into IT. A wider assessment covers every career: the O*NET Interest Profiler at My Next Move ({ $url }).

# A served seat's own words (careerfit serve): refusals after the door,
# the come-back screen, "Still there?", the code corner and the goodbye.

seat-full =
    Sorry, this workshop is full right now.
    Please tell the person running it, then try again later.
seat-locked =
    Sorry, this workshop is not taking new people right now.
    If you were here before, join again the same way and pick "Come back".
    Otherwise, please ask the person running it.
seat-ended = This workshop has ended. Thank you for taking part.
seat-apology =
    Sorry, something went wrong and this quiz had to stop.
    Please tell the person running the workshop.
seat-still-there = Still there? Press any key to keep your seat. It closes in { $time } otherwise (your answers are kept).
seat-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
seat-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
seat-your-code = Your code: { $code }
seat-participant = participant #{ $n }
come-back-question = Were you here before?
come-back-dropped = If your connection dropped, come back to your answers.
come-back-new = Start the quiz (I am new here)
come-back-code = Come back with my code: { $code }
come-back-as = Come back as { $name }
come-back-closed = The workshop is not taking new people now: come back with your code or name.
come-back-type-first = Type your code first (4 letters).
come-back-no-code = No one here has the code { $code }. Check it and try again.
come-back-taken = That place has just been taken. Pick again.
come-back-key-move = move
come-back-key-pick = pick
come-back-key-letters = A-Z
come-back-key-type = type your code
come-back-key-leave = leave
goodbye-taken-over = You joined again from another window, so this one has closed. Your quiz goes on there.
goodbye-removed = The person running the workshop has closed your seat. Thank you for taking part.
goodbye-idle = This seat closed because no key was pressed for a long time.
goodbye-too-long = This seat closed: it was open for the longest time allowed.
goodbye-flood = This seat closed: it got far more typing than a quiz needs.
goodbye-left = Goodbye. Join again any time with the same ssh line.
goodbye-come-back = { $what } To go on, join again with the same ssh line, pick "Come back" and type your code: { $code }
goodbye-saved = Your result is saved for the workshop. You are done!
goodbye-not-added = Your result was not added to the workshop's results (n on the results adds it).
goodbye-kept-here = Your answers so far are kept on the workshop's computer.
goodbye-not-saved-yet = Your result is not saved for the workshop yet: press n on your result.
goodbye-kept = Your answers are kept.
goodbye-before-answering = You left before answering. Join again any time with the same ssh line.
goodbye-not-recorded = Your result could not be saved for the workshop: please tell the person running it.
plain-seat-before = Were you here before? Type your code to come back to your answers, or the number next to your name. Press Enter to start new.
plain-seat-no-code = No one here has that code. Try again, or press Enter to start new.
plain-seat-nickname = Your nickname for the workshop (or press Enter to stay anonymous):
plain-seat-code = If your connection drops, join again and type your code to come back: { $code }
plain-seat-verb = Join again and type
goodbye-workshop-ended = The workshop has ended. Thank you for taking part.
console-joins-locked = joins LOCKED
console-joins-open = joins open
console-to-join = To join, type in a terminal:
console-type-yes = The first time, ssh asks "Are you sure you want to continue connecting?": type yes.
console-fingerprint = It shows this key fingerprint, which should match:
console-code-words = Joined with another user name? Type the session code { $code } when asked.
console-nobody = No one has joined yet. Each participant shows here as they join.
console-who = Who
console-connection = Connection
console-progress = Progress
console-idle = Idle
console-counts = Participants: { $joined } joined · { $connected } connected · { $finished } finished
console-removed-count = { $n } removed
console-removed = removed
console-connected = connected
console-dropped = dropped
console-starting = starting
console-question = question { $at } of { $of }
console-review = checking answers
console-results = sees results
console-finished = finished
console-help-title = Keys on the console
console-help-ctrl-c = Ctrl-C ends the workshop too (asking the PIN when there is one). Answers are kept on this computer either way.
console-close-help = close help
console-remove-title = Remove a participant
console-remove-text = Remove { $name }? Their seat is closed and they cannot come back. Their answers so far are kept.
console-remove-keys = y remove   n go back
console-end-title = End the workshop
console-end-text = End the workshop for everyone? Each participant sees a goodbye and their summary. All answers are kept.
console-end-keys = y end the workshop   n go back
console-pin-text = Type the PIN to end the workshop for everyone.
console-pin-keys = Enter check the PIN   Esc go back
console-locked = Joins locked: no one new gets in; those who dropped out can come back.
console-opened = Joins are open again.
console-no-one = No one has joined yet.
console-already-removed = #{ $n } is already removed.
console-no-dashboard = No dashboard: { $problem }
console-no-results = No dashboard: this workshop has no results file.
console-removed-notice = Removed #{ $n }. Their answers so far are kept.
console-key-choose = choose
console-key-open = open joins
console-key-lock = lock joins
console-key-remove = remove
console-key-show-names = show names
console-key-hide-names = hide names
console-key-dashboard = dashboard
console-key-end = end
console-key-help = help
console-help-up-down = choose a participant
console-help-lock = lock joins: no one new gets in, but people who dropped out can still come back. Press l again to open joins
console-help-remove = remove the chosen participant: their seat is closed and they cannot come back (asks first)
console-help-names = hide or show names: hidden, everyone shows as #1, #2... (for a projector)
console-help-dashboard = the group dashboard of the results so far; d or q comes back here
console-help-end = end the workshop: everyone sees a goodbye and their summary, and all answers are kept (asks first, or asks the PIN)
console-help-help = this help; ? or Esc closes it
console-open = careerfit serve: the quiz is open.
console-kept-in = Answers are kept in { $folder }
console-ctrl-c = Press Ctrl-C to end the workshop.

# The door: the sign-in prompt and its refusals, shown before the
# participant's language is known, so in every shipped language (the
# server's first). Short ones stand side by side: "Session code / ...".
door-code = Session code
door-wrong-code = Wrong code
door-enter-to-leave = Press Enter to leave
door-too-many = Too many connections from your network right now (at most { $n } at once). Close another careerfit window and try again, or ask the person running the workshop.
door-locked-out = Too many wrong session codes from your network. Wait { $time }, then try again with the code the person running the workshop shows.
door-ended = The workshop has ended.

# The server's own failures, on the counselor's terminal (stderr).
serve-host-key-not-a-key = { $file }: not an OpenSSH private key; move it away to get a new one (returning participants will then see a warning)
serve-host-key-not-ed25519 = { $file }: the host key must be ed25519
serve-host-key-unreadable = { $file }: cannot read the host key: { $why }
serve-host-key-unencodable = cannot encode the host key: { $why }
serve-host-key-no-folder = { $folder }: cannot create the folder: { $why }
serve-host-key-uncreatable = { $file }: cannot create the host key: { $why }
serve-host-key-unwritable = { $file }: cannot write the host key: { $why }
serve-no-runtime = cannot start the server's runtime: { $why }
serve-cannot-listen = cannot listen on { $address }: { $why }; pick another port with --port, or end the program using this one
serve-stopped-at-start = the server stopped as it started
console-input-closed = the terminal stopped sending keys: { $why }
console-input-stopped = the terminal input stopped

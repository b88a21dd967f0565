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

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

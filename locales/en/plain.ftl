# Plain mode: the quiz as line-by-line prompts (screen readers, pipes).

plain-how-to-type = To answer, type the number of your answer and press Enter. Type b to go back, s to skip a question, ? for help, or q to quit.
plain-unfinished-piped = Note: an unfinished quiz from { $when } is saved; the input is not a terminal, so a new quiz starts (it replaces the saved one once answered).
plain-resume-dropped = The quiz has changed since; { $n } answers no longer match it and were dropped.
plain-resume-prompt = Resume it? Type r to resume or n to start over:
plain-resume-again = Please type r to resume, or n to start over.
plain-question-of = Question { $n } of { $total }
plain-answer-so-far = Your answer so far: { $n }. { $label }
plain-skipped-before = You skipped this one before.
plain-answer-prompt = Answer 1 to { $n } (b back, s skip, ? help, q quit):
plain-first-question = This is the first question.
plain-moved-on = Moved on; your answer to that question is kept.
plain-nothing-typed = Nothing was typed.
plain-not-an-answer = "{ $typed }" is not an answer here.
plain-type-number = Type a number from 1 to { $n }, or b, s, ? or q.
plain-question-again = Question { $n } again: { $text }
plain-help =
    Help: type the number of your answer and press Enter; it is saved and the next question comes.
    b goes back one question, where you can change your answer.
    s skips a question; skipped ones are listed in the review at the end.
    q quits; your answers are kept unless saving is off (--no-save).
    In the review, type a question's number to change it, or r for your results.
plain-quit-prompt = Quit now? Your answers are not saved and will be lost. Type y to quit or n to go on:
plain-type-y-or-n = Please type y or n.
plain-review = Review: you answered { $answered } of { $total } questions.
plain-review-none = None are answered yet.
plain-review-not-answered = { $n ->
    [one] Not answered: question { $list }.
   *[other] Not answered: questions { $list }.
}
plain-review-prompt = Type a question number, 1 to { $total }, to change it; r to see your results; or q to quit:
plain-review-again = Type a number from 1 to { $total }, or r, or q.
plain-no-results = No results yet: answer at least one question first.
plain-about = About { $role }:
plain-result-saved = Your result is saved. To see your saved results, run: careerfit --plain history
plain-read-roles = To read about any role, run: careerfit roles, then the role's id.
plain-goodbye = Goodbye. Run careerfit again any time.
plain-input-ended-saved = the input ended before the quiz was finished; your answers are saved, and running careerfit again offers to resume
plain-input-ended-unsaved = the input ended before the quiz was finished; no answers were saved

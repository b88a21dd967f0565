# The help careerfit writes: `careerfit --help`, `careerfit COMMAND --help`
# and `careerfit help COMMAND` (src/cli/args.rs).

## careerfit itself (the first lines of `careerfit --help`).
help-about = A career-fit quiz: which IT role fits you, and why
help-long-about = A career-fit quiz for the terminal. It asks about the work you enjoy and recommends one of four IT roles (IT Technician, IT Support Specialist, IT Specialist, IT Manager), shows why in your own answers, and what the role is really like.
help-long-about-run = Run it with no command to take the quiz.

## clap's headings and its own lines, in every command's help.
help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
# In the usage line: careerfit [OPTIONS] [COMMAND]
help-usage-options = [OPTIONS]
help-help = Print help
help-help-more = Print help (see more with '--help')
help-help-summary = Print help (see a summary with '-h')
help-version = Print version
help-command-help = Print this message or the help of the given subcommand(s)
help-command-help-subcommand = Print help for the subcommand(s)

## The placeholders of values: --quiz <FILE>.
help-value-file = FILE
help-value-dir = DIR
help-value-lang = LANG
help-value-addr = ADDR
help-value-n = N
help-value-format = FORMAT
help-value-port = PORT
help-value-code = CODE
help-value-pin = PIN
help-value-session = SESSION
help-value-number = NUMBER
help-value-id = ID
help-value-max-seats = MAX_SEATS
help-value-command = COMMAND

## Options of every command (or of the quiz).
help-quiz = Use this quiz file instead of the built-in quiz
help-roles-folder = Use the role .toml files in this folder instead of the built-in roles
help-lang = The language of the quiz's screens: en or es (else LC_ALL, LC_MESSAGES, LANG or LANGUAGE says; else English)
help-no-color = Draw the quiz without colour (as does setting NO_COLOR)
help-plain = Ask the quiz as plain line-by-line prompts, for screen readers, dumb terminals and pipes (also chosen when ACCESSIBLE is set, TERM=dumb, or input or output is not a terminal)
help-no-save = Save nothing at all: no progress, no results, no reports (for shared computers)
help-format = Output format

## careerfit check
help-check = Check a quiz and its roles for mistakes

## careerfit score
help-score = Score an answers file, or a spreadsheet of many people's answers
help-score-more = Scores without the full-screen quiz. With --answers-csv the exit status is 0 when every row was good and 1 when any row had problems (the good rows are still scored)
help-score-answers = The answers file (TOML)
help-score-answers-csv = A spreadsheet of many people's answers (CSV: a header row of question ids, an optional `participant` column)
help-score-results = With --answers-csv: add the results to this workshop results file (JSON Lines) instead of printing them. They are added whole or not at all; a sheet already added is not added again (said on stdout; the exit status is as usual)
help-score-format-markdown = A take-home report in Markdown
help-score-format-html = A take-home report as one self-contained HTML page that prints well

## careerfit workshop, and the same options of careerfit serve.
help-workshop = Run the quiz as a kiosk for a group, one participant after another
help-workshop-plain = Run the kiosk as plain line-by-line prompts, for screen readers and dumb terminals (also chosen when ACCESSIBLE is set or TERM=dumb)
help-workshop-no-color = Draw the kiosk without colour (as does setting NO_COLOR)
help-group-session = A name for this session, e.g. tuesday-class (default: today's date)
help-group-results = Where to append the results (default: one file per session in the data folder)
help-group-ask-name = Ask each participant for a nickname (anonymous otherwise)
help-group-pin = A PIN the facilitator must type to end the workshop

## careerfit serve
help-serve = Let a whole room take the quiz at once over SSH, nothing to install
help-serve-more = Each participant types the ssh line shown and takes the quiz in their own terminal. Runs until Ctrl-C, which ends every seat with its answers kept
help-serve-port = The port to listen on
help-serve-bind = The address to listen on (default: every address of this computer)
help-serve-code = The join code participants type as their ssh user name (default: 4 random digits)
help-serve-open = Let anyone who connects in, with no code
help-serve-host-key = The server's key file (default: made once in the data folder and kept, so returning participants are not warned)
help-serve-max-seats = At most this many participants at once
help-serve-hide-names = Show participants as #1, #2... on the console at the start (for projecting; h shows the names)
help-serve-max-per-address = At most this many connections at once from one network address. A class behind one router that hides their addresses (NAT) shares one: then set it to the room's size

## careerfit report
help-report = Show a group's results: a live dashboard, or an export for your records
help-report-more = A file that cannot be read is an error and nothing is exported (an export missing one laptop would look complete); with --watch a file not yet created is waited for. Skipped lines are warned about on stderr
help-report-files = Workshop results files (JSON Lines), from one or many machines
help-report-format = Export instead of the dashboard
help-report-watch = Keep the dashboard up to date as the files grow
help-report-hide-names = Hide participants' nicknames (for projecting)
help-report-plain = Print the group's results as text instead of opening the live dashboard
help-report-no-color = Draw the live dashboard without colour (as does setting NO_COLOR)

## careerfit history
help-history = List your saved results, or reopen one (1 is the newest)
help-history-number = The number of a result in the list, to reopen it
help-history-plain = Print the list, or the result, as plain text instead of opening the full-screen results
help-history-no-color = Show the reopened result without colour (as does setting NO_COLOR)

## careerfit forget
help-forget = Remove saved progress, results and reports from this computer
help-forget-yes = Do not ask first
help-forget-workshops = Remove the workshop results in the data folder instead (and only those)

## careerfit questions
help-questions = List the quiz's questions by id: what an answers file or a responses spreadsheet needs
help-questions-more = Text shows each question's id, kind, text and options with their ids; json the same as an array; csv the header row of a responses spreadsheet (participant, then every question id) for `score --answers-csv`
help-questions-format-csv = The header row of a responses spreadsheet

## careerfit roles
help-roles = List the roles, or show one in full
help-roles-id = A role id, e.g. technician

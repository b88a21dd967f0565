# Problems in a content file (quiz, role, answers, translation), shown by
# `careerfit check` and wherever a file is loaded, after "file:line:column: ".

## Reading the TOML

content-toml-not-valid = this is not valid TOML
content-toml-parser = { $detail }
# A piece of the parser's words inside one of careerfit's sentences.
content-toml-fragment = { $detail }
content-toml-duplicate-key = duplicate key
content-toml-unquoted = a value is missing or is text without quotes{ $rest }
content-toml-missing-key = missing field `{ $key }`
content-toml-unknown-value = unknown value `{ $value }`, expected { $expected }
content-toml-wrong-kind = wrong kind of value: { $found }, expected { $expected }
content-toml-found-integer = integer `{ $value }`
content-toml-found-decimal = floating point `{ $value }`
content-toml-found-boolean = boolean `{ $value }`
content-toml-found-text = string { $value }
content-toml-found-list = sequence
content-toml-found-table = map
content-toml-expected-number = a number
content-toml-expected-whole-number = a whole number
content-toml-expected-text = text in quotes
content-toml-expected-list = a list in [ ]
content-toml-value-in = `{ $key }` in { $table } `{ $id }`: { $why }
content-toml-value-at = `{ $key }`: { $why }
content-unknown-key = unknown key `{ $key }`: check its spelling, or remove it (see the README for the keys this file may hold)

## A quiz file

content-quiz-no-id = the quiz has no `id`: add a line like id = "it-career" at the top
content-quiz-bad-id = quiz id `{ $id }` may only hold lowercase letters, digits and dashes, e.g. "it-career"
content-quiz-no-title = the quiz has no `title`: add a line like title = "Which IT role fits you?" at the top
content-scale-no-labels = [scale] has no `labels`: give five, from least to most liked
content-scale-labels-count = [scale] labels has { $n } labels; it needs exactly 5, from least to most liked
content-scoring-out-of-range = [scoring] { $key } is { $value }; it must be a number from 0 to { $max }
content-dimension-count = the quiz has { $n } [[dimension]] tables; it needs 2 to 8
content-dimension-no-id = dimension { $n } has no `id`: add one like id = "hands_on"
content-dimension-empty-id = a dimension id is empty: give it a name like "hands_on"
content-dimension-twice = dimension `{ $dimension }` is declared twice: give each dimension its own id
content-dimension-no-name = dimension `{ $dimension }` has no `name`: add one like name = "Hands-on hardware"
content-dimension-unmeasured = dimension `{ $dimension }` is not measured by any question: give at least one question a weight for it, e.g. weights = {"{"} { $dimension } = 2.0 {"}"}
content-no-questions = the quiz has no questions: add at least one [[question]]
content-question-no-id = question { $n } has no `id`: add one like id = "swap-power-supply"
content-question-bad-id = question id `{ $question }` may only hold lowercase letters, digits and dashes
content-question-twice = question `{ $question }` is used twice: give each question its own id
content-question-no-text = question `{ $question }` has no `text`: add the activity or scenario to show
content-question-empty-text = question `{ $question }` has an empty `text`: write the activity or scenario to show
content-question-empty-hint = question `{ $question }` has an empty `hint`: write the plain words to show under the question, or remove the line
content-question-bad-kind = question `{ $question }` has kind "{ $kind }"; it must be "likert" or "choice"
content-question-no-kind = question `{ $question }` has no `kind`: add kind = "likert" or kind = "choice"
content-likert-has-options = question `{ $question }` is a likert question but has `options`: remove them, or set kind = "choice"
content-likert-no-weight = likert question `{ $question }` has no weight: add weights = {"{"} <dimension> = 2.0 {"}"}
content-choice-has-weights = choice question `{ $question }` has `weights`; weights belong on each option instead
content-choice-too-few = choice question `{ $question }` has { $n ->
    [0] no options
    [one] only 1 option
   *[other] { $n } options
}; it needs 2 or more options
content-option-no-id = option { $n } of question `{ $question }` has no `id`
content-option-empty-id = an option of question `{ $question }` has an empty id
content-option-twice = option `{ $option }` appears twice in question `{ $question }`: give each option its own id
content-option-no-label = option `{ $option }` of question `{ $question }` has no `label`
# Who has a weight: the start of the two messages below.
content-owner-question = question `{ $question }`
content-owner-option = option `{ $option }` of question `{ $question }`
content-weight-unknown-dimension = { $owner } has a weight for `{ $dimension }`, which is not a declared dimension (declared: { $declared })
content-weight-out-of-range = { $owner } has weight { $value } for `{ $dimension }`; a weight must be a number from -{ $max } to { $max }

## A role file

content-role-no-id = the role has no `id`: add a line like id = "technician" at the top
content-role-bad-id = role id `{ $id }` may only hold lowercase letters, digits and dashes, e.g. "support-specialist"
# The role a message is about: the start of the messages below.
content-this-role = this role
content-role-named = role `{ $role }`
content-role-no-title = { $role } has no `title`: add a line like title = "IT Technician"
content-role-no-summary = { $role } has no `summary`: add one or two sentences saying what the role does
content-role-no-profile = { $role } has no `profile`: add profile = {"{"} { $targets } {"}"} with a target from 0 to 100 for each
content-profile-unknown-dimension = profile has a target for `{ $dimension }`, which quiz `{ $quiz }` does not measure (its dimensions: { $dimensions })
content-profile-out-of-range = profile target for `{ $dimension }` is { $value }; it must be from 0 to 100
content-profile-missing = profile has no target for dimension `{ $dimension }`: add { $dimension } = <0 to 100>
content-certification-empty = { $role } has a certification with an empty name or issuer
content-salary-order = { $role }: salary low ({ $low }) is above salary high ({ $high })
content-occupation-bad-onet = occupation `{ $occupation }` has onet = "{ $onet }"; write the O*NET code like "15-1232.00"
content-occupation-empty-source = occupation `{ $occupation }` ({ $onet }) has an empty `source`: say where its figures come from, e.g. "BLS Occupational Employment and Wage Statistics, May 2024"
content-occupation-pay-order = occupation `{ $occupation }` ({ $onet }): pay must read p10 <= median <= p90 (10th percentile, median, 90th percentile)
content-occupation-bad-growth = occupation `{ $occupation }` ({ $onet }): outlook growth must be a number of percent, e.g. -3.7
content-role-id-twice = role id `{ $role }` is already used by { $file }: give each role its own id
# Notes (not errors) on a role written in the older (v1) form.
content-older-onet-codes = note: `onet_codes` is the older (v1) form; write one [[occupation]] per code instead, with title, onet, pay = {"{"} p10, median, p90, currency, as_of {"}"} and source
content-older-salary = note: [salary] (low, high) is the older (v1) form; give each [[occupation]] its own pay = {"{"} p10, median, p90, currency, as_of {"}"} and source instead of one range
content-older-outlook = note: `as_of` and `source` in [outlook] are the older (v1) form; keep only `summary` there and put the figures on each [[occupation]]: outlook = {"{"} growth, openings, period {"}"} and source

## Reading a file or a folder

content-file-unreadable = cannot read this file: { $why }
content-file-not-regular = this is not a regular file (it is { $kind }), so it is not read: give the path of a saved .toml file
content-file-too-big = this file is too big to be a careerfit file (the limit is { $limit }); check that it is the right file
content-file-not-utf8 = this file is not UTF-8 text: save it as UTF-8
content-roles-folder-unreadable = cannot read the roles folder: { $why }; --roles needs a folder of role .toml files
content-roles-folder-empty = this folder holds no role .toml files: add at least one
content-no-role-files = no role files were found: add at least one role TOML file
# Why a file or folder could not be read.
content-io-missing = no such file; check the path

## An answers file

content-answers-spreadsheet = this looks like a spreadsheet (CSV), not an answers file (TOML); use --answers-csv FILE to score a spreadsheet of answers
content-answers-other-quiz = these answers are for quiz `{ $theirs }`, but the quiz loaded is `{ $quiz }`: use --quiz with the right quiz file, or fix the `quiz` line
content-answers-unknown-question = `{ $question }` is not a question of quiz `{ $quiz }`: check the id, or remove the line
content-answers-bad-answer = question `{ $question }`: { $why }
content-answers-scale = the answer is { $answer }; a scale answer must be a whole number from 1 to 5
content-answers-unknown-option = "{ $answer }" is not one of its options; use one of { $options } or a position from 1 to { $n }
content-answers-position = the answer is { $answer }; a choice answer by position must be from 1 to { $n }
content-answers-choice = the answer is { $answer }; a choice answer must be an option id in quotes or a position from 1 to { $n }
# An answer as the file wrote it.
content-value-as-is = { $value }
content-value-text = the text "{ $value }"
content-value-decimal = the decimal number { $value }
content-value-list = a list
content-value-table = a table
content-value-date = the date { $value }

## A translation (overlay) file laid over its base file

content-overlay-base-only = `{ $key }` is { $what }, which stays only in the base file ({ $base }); an overlay holds translated texts only: remove this line
content-overlay-not-in-base = { $what } is not in the base file ({ $base }), so there is nothing to translate: remove this line, or add the text to the base file first
content-overlay-list-too-long = { $what } has { $n ->
    [one] { $n } item
   *[other] { $n } items
} here but { $total } in the base file ({ $base }): translate each item of the base list, in the same order, and remove the extra ones
content-overlay-list-too-short = warning: { $what } has { $n } of the base file's { $total } items: translate the rest, in the base file's order; until then they are shown as the base file has them ({ $where })
content-overlay-empty = { $what } is empty here: write the translated text ({ $lang }), or remove the line to show the base text
content-overlay-missing = warning: { $what } is not translated yet ({ $lang }): add { $add }; until then the base text is shown ({ $where })
content-overlay-no-role = this looks like a translation ({ $lang }) of role `{ $role }`, but no role has that id (roles: { $roles }): name it <role id>.{ $lang }.toml after the role it translates
content-overlay-quiz-untranslated = warning: the quiz has no translation ({ $lang }), so it is shown in English: add { $file } beside it
content-overlay-role-untranslated = warning: role `{ $role }` has no translation ({ $lang }), so it is shown in English: add { $role }.{ $lang }.toml beside the role files
content-overlay-unknown-dimension = dimension `{ $dimension }` is not in the base file ({ $base }; its dimensions: { $known }): check the id's spelling, or remove this table
content-overlay-likert-options = question `{ $question }` is answered on the scale and has no options in the base file ({ $base }): remove `options.{ $option }`
content-overlay-unknown-option = option `{ $option }` is not an option of question `{ $question }` in the base file ({ $base }; its options: { $known }): check the id's spelling, or remove this line
content-overlay-unknown-question = question `{ $question }` is not in the base file ({ $base }): check the id's spelling, or remove this table
content-overlay-unknown-certification = certification `{ $name }` is not in the base file ({ $base }; its certifications: { $known }): write the name exactly as the base file does, or remove this table
content-overlay-unknown-occupation = occupation { $onet } is not in the base file ({ $base }; its O*NET codes: { $known }): check the code, or remove this table
content-overlay-no-table-in-base = the base file ({ $base }) has no [{ $table }]: remove this table
content-overlay-source-no-title = a [[sources]] entry has no `title`: give each the translated title of the base file's source in the same place
# What a text of an overlay is ($what above).
content-what-key = `{ $key }`
content-what-key-in = `{ $key }` in [{ $table }]
content-what-key-of = the `{ $key }` of { $owner }
content-what-quiz-key = the quiz's `{ $key }`
content-what-scale-labels = the scale's `labels`
content-what-option-label = the label of option `{ $option }` of { $owner }
content-owner-dimension = dimension `{ $dimension }`
content-owner-certification = certification `{ $name }`
content-owner-occupation = occupation { $onet }
# What to write for a text not translated yet ($add above).
content-add-at-top = { $line } at the top
content-add-under = { $line } under { $table }
content-add-list-at-top = { $key } = [ ... ] at the top, one text for each in the base file
content-add-list-under = { $key } = [ ... ] under { $table }, one text for each in the base file
content-add-scale-labels = labels = [ five labels ] under [scale]
content-add-sources = a [[sources]] table with a title for each in the base file
# What a key only the base file may hold holds ($what of content-overlay-base-only).
content-base-only-quiz-id = the quiz's id
content-base-only-scoring = the scoring thresholds
content-base-only-dimension-id = the dimension's id (it is the table's name)
content-base-only-question-id = the question's id (it is the table's name)
content-base-only-question-kind = the question's kind
content-base-only-weights = a question's weights
content-base-only-role-id = the role's id (the file's name says which role it is)
content-base-only-profile = the role's profile of numbers
content-base-only-pay = pay
content-base-only-onet-codes = a list of O*NET codes
content-base-only-certification-name = the certification's name (it is the table's name)
content-base-only-issuer = who issues the certification
content-base-only-status = whether the certification is active or retired
content-base-only-years = a number of years
content-base-only-onet = the O*NET code (it is the table's name)
content-base-only-outlook = the outlook's figures
content-base-only-date = a date
content-base-only-url = a web address

## `careerfit check`'s summary when everything is valid

content-check-ok = ok: quiz { $quiz } ({ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}, { $dimensions } dimensions) and { $roles ->
    [one] { $roles } role
   *[other] { $roles } roles
} ({ $ids }) are valid

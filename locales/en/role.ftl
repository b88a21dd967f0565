# A role's document (the role screen, plain mode's "About", `roles`), and
# the quiz's texts in another language.

notice-language-content = The quiz's words could not be loaded in this language, so they stay as they were: { $problem }
month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
salary-median = Median { $figure } a year: half earn more and half earn less ({ $asof })
salary-range = { $low } to { $high } a year ({ $asof })
entry-years-none = No work experience needed first
entry-years-after = Usually after { $years } or more years in IT
entry-ways-in = Ways in, shortest first: { $routes }.
entry-first-jobs = First jobs: { $jobs }.
outlook-for = For { $asof }: { $summary }
role-onet-links = { $occupation }: { $english } (My Next Move); { $spanish } (Mi Próximo Paso, en español)
cert-by = { $name }, by { $issuer }
cert-retired-status = RETIRED: no longer offered
role-retired-heading = Retired: no longer offered, so do not plan to earn these
role-more-heading = Show one in full with: careerfit roles <id>
role-steps-then = , then

# Kintsugi — українська.
#
# Глосарій (ці слова, і лише вони, для цих понять):
#   setback        — невдача (невдачі)
#   micro-failure  — мікроневдача
#   bounce-back    — відновлення (днів до відновлення; «час відновлення» як показник)
#   resilience     — стійкість
#   growth mindset — мислення зростання
#   mood           — настрій
#   check-in       — щоденна відмітка
#   lesson         — урок (уроки)
#   experiment     — експеримент
#   weekly review  — тижневий підсумок
#   journal        — щоденник
#   skill          — навичка
# Звертання на «ти», тепло й коротко, як в особистому щоденнику.
# Множина: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…), other (дроби).

## Дати. Місяць у даті — у родовому відмінку («3 грудня»), окремо — у називному («грудень 2026»).

date-month = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
date-month-alone = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
}
date-month-short = { $month ->
    [1] січ.
    [2] лют.
    [3] бер.
    [4] квіт.
    [5] трав.
    [6] черв.
    [7] лип.
    [8] серп.
    [9] вер.
    [10] жовт.
    [11] лист.
   *[12] груд.
}
date-weekday = { $weekday ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] пʼятниця
    [6] субота
   *[7] неділя
}
date-weekday-short = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] нд
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } { $year }
date-day-month-short = { $day } { $month }
date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday }, { $day } { $month }
date-short = { $day } { $month } { $year }
date-short-weekday = { $weekday }, { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
date-full = { $weekday }, { $day } { $month } { $year }

## Числа.

number-percent = { $value }%

## Спільні слова.

common-cancel = Скасувати
common-close = Закрити
common-save = Зберегти
common-delete = Видалити
common-undo = Відмінити
common-redo = Повторити
common-ok = Гаразд
common-back = Назад
common-edit = Редагувати
common-open = Відкрити
common-done = Готово
common-show-more = Показати більше

## Journal, experiments and the weekly review

experiment-outcome-worked = Спрацювало
experiment-outcome-partly = Частково спрацювало
experiment-outcome-didnt = Не спрацювало
experiment-filter-all = Усі
experiment-filter-open = Відкриті
experiment-filter-due = На черзі
experiment-filter-tried = Випробувані
experiment-filter-dropped = Відкинуті
experiment-answer-open = Відкритий
experiment-answer-tried = Випробувано { $date }: { $outcome }
experiment-answer-dropped = Відкинуто { $date }
experiment-answer-with-words = { $answer } — { $words }
experiment-when-by = до { $date }
search-field-note = Нотатка
search-field-tag = Тег
search-field-title = Назва
search-field-what-happened = Що сталося
search-field-contributing-factor = Чинник
search-field-do-differently = Зробити інакше
search-field-feedback-from = Відгук від
search-field-feedback = Відгук
search-field-lesson = Урок
search-field-skill = Навичка
search-field-experiment = Експеримент
search-field-how-it-went = Як минуло
search-field-why-dropped = Чому відкинуто
search-field-when = Коли
search-field-went-well = Що вдалося
search-field-lesson-carried-on = Урок на далі
search-rating = { $scale } { $value }
search-check-in = Щоденна відмітка
search-check-in-with-ratings = Щоденна відмітка · { $ratings }
search-setback-heading = Невдача · { $title }
search-micro-failure-heading = Мікроневдача · { $title }
search-experiment-open = Експеримент · відкритий · { $text }
search-experiment-tried = Експеримент · випробувано, { $outcome ->
    [worked] спрацювало
    [partly] частково спрацювало
   *[didnt] не спрацювало
} · { $text }
search-experiment-dropped = Експеримент · відкинутий · { $text }
search-from-setback = З невдачі «{ $title }» ({ $status ->
    [open] відкрита
    [reflected] осмислена
   *[recovered] подолана
})
search-review-rated = Тижневий підсумок · { $from } – { $to } · оцінка { $rating } з 10
search-review-not-rated = Тижневий підсумок · { $from } – { $to } · без оцінки
journal-field-label = { $field }:
journal-ratings-only = Лише оцінки
journal-nothing-written = Нічого не написано
journal-row-name = { $date }: { $heading }
journal-open-it = Відкрити
journal-title = Щоденник
journal-search-label = Пошук
journal-search-hint = слова з нотаток, тегів, роздумів, уроків, експериментів…
journal-search-hover = Знаходить записи з усіма введеними словами; регістр і наголоси не важливі ({ $keys })
journal-clear = Очистити пошук і фільтри
journal-show = Показати
journal-kind-everything = Усе
journal-kind-check-ins = Щоденні відмітки
journal-kind-setbacks = Невдачі
journal-kind-experiments = Експерименти
journal-kind-reviews = Підсумки
journal-show-kind = Показати: { $kind }
journal-tag = Тег
journal-tag-any = будь-який
journal-tag-filter = Фільтр за тегом
journal-dates-reversed = Перша дата пізніша за другу.
journal-dates-unreadable = Пиши дати як РРРР-ММ-ДД, напр. 2026-03-01.
journal-empty = Ще нічого не написано: щоденні відмітки, невдачі, експерименти й підсумки з'являться тут, найновіші першими.
journal-count-all = { $count ->
    [one] { $shown } запис
    [few] { $shown } записи
    [many] { $shown } записів
   *[other] { $shown } запису
}, найновіші першими
journal-no-match = Жоден запис не підходить: спробуй менше слів або очисть фільтри.
journal-count-found = Знайдено { $found } з { $count ->
    [one] { $total } запису
    [few] { $total } записів
    [many] { $total } записів
   *[other] { $total } запису
}
journal-digit-group = { "\u00A0" }
practice-experiments-title = Експерименти
practice-experiments-intro = На що перетворилися твої уроки: одна річ, яку спробувати наступного разу, і як це минуло.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = Показати { $filter ->
    [all] усі експерименти
    [open] відкриті експерименти
    [due] експерименти на черзі
    [tried] випробувані експерименти
   *[dropped] відкинуті експерименти
}
practice-experiments-empty = Експериментів ще немає. Відкрий невдачу й біля уроку чи «Що я зроблю інакше» вибери «Зробити експериментом».
practice-filter-empty = { $filter ->
    [all] Експериментів немає.
    [open] Відкритих експериментів немає.
    [due] Експериментів на черзі немає.
    [tried] Випробуваних експериментів немає.
   *[dropped] Відкинутих експериментів немає.
}
practice-show-more = Показати ще { $count }
practice-delete-heading = Видалити цей експеримент?
practice-delete-message = Він зникне зі списку й показників. Це можна скасувати.
practice-delete-keep = Залишити
practice-badge-due = На черзі
practice-badge-open = Відкритий
practice-badge-tried = Випробуваний
practice-badge-dropped = Відкинутий
practice-delete-button = Видалити…
practice-delete-hover = Видалити цей експеримент (можна скасувати)
practice-delete-name = Видалити експеримент { $text }
practice-from = · з
practice-open-setback = Відкрити невдачу, з якої він походить
practice-trains = · тренує { $skill }
practice-undo-trying = спробу «{ $text }»
practice-tried-toast = Випробувано «{ $text }»: { $outcome ->
    [worked] спрацювало
    [partly] частково спрацювало
   *[didnt] не спрацювало
}.
practice-undo-putting-off = відкладання «{ $text }»
practice-not-yet-toast = «{ $text }» повернеться через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}.
practice-undo-dropping = відкидання «{ $text }»
practice-dropped-toast = Відкинуто «{ $text }».
practice-proposal-message = Експеримент «{ $experiment }» випробувано, а він тренує навичку { $skill } (рівень { $from }). Підвищити її до рівня { $to }?
practice-proposal-message-first = Експеримент «{ $experiment }» випробувано, а він тренує навичку { $skill } (рівня ще немає). Підвищити її до рівня { $to }?
practice-proposal-heading = Підвищити навичку?
practice-proposal-raise = Підвищити до рівня { $to }
practice-proposal-keep = Залишити як є
practice-answer-tried = ✔ Випробувано
practice-answer-tried-hover = Розкажи, як минуло
practice-answer-not-yet = Ще ні
practice-answer-not-yet-hover = Запитати знову через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
practice-answer-drop = Відкинути
practice-answer-drop-hover = Відмовитися й сказати чому
practice-answer-how = Як минуло?
practice-answer-what-happened = Що сталося (необов'язково)
practice-answer-what-happened-hint = Рядок про те, як минуло
practice-answer-save = Зберегти відповідь
practice-answer-why-drop = Чому відкинути? (необов'язково)
practice-answer-why-drop-hint = напр., проєкт завершився
practice-answer-drop-name = Відкинути експеримент
practice-plan-problem-text = Напиши одним реченням, що спробуєш.
practice-plan-problem-date = Напиши дату як РРРР-ММ-ДД або вибери її в календарі.
practice-plan-problem-situation = Скажи, коли це станеться, напр. «наступного разу, коли виступатиму».
practice-plan-when = Коли
practice-plan-by-date = До дати
practice-plan-when-it-comes-up = Коли нагода випаде
practice-plan-try-by = Спробувати до
practice-plan-try-by-field = Дата спроби
practice-plan-situation = Ситуація
practice-plan-situation-hint = напр., наступного разу, коли виступатиму перед керівництвом
practice-plan-skill = Навичка, яку тренує
practice-plan-skill-none = Жодна
practice-plan-heading-change = Змінити експеримент
practice-plan-heading-make = Зробити експериментом
practice-plan-from = З «{ $title }»
practice-plan-text = Що я спробую
practice-plan-text-hint = напр., Попросити про репетицію перед виступом
practice-plan-save = Зберегти зміни
practice-plan-make = Створити експеримент
practice-planned-by-toast = Заплановано «{ $text }» — спробуй до { $date }.
practice-planned-when-toast = Заплановано «{ $text }» — спробуй: { $situation }.
practice-undo-planning = планування «{ $text }»
practice-undo-changing = зміну «{ $text }»
practice-changed-toast = Змінено «{ $text }».
practice-undo-raising = підвищення «{ $skill }» до рівня { $level }
practice-raised-toast = «{ $skill }» тепер на рівні { $level }.
practice-undo-deleting = видалення «{ $text }»
practice-deleted-toast = Видалено «{ $text }».
practice-undo-writing-review = написання тижневого підсумку
practice-review-not-kept = Не вдалося зберегти підсумок: { $error }
practice-review-saved-toast = Твій тижневий підсумок збережено.
review-title = Підсумуй свій тиждень
review-period = { $from } – { $to }
review-intro = Кілька хвилин, щоб озирнутися: дні від твого останнього підсумку (щонайбільше чотири тижні).
review-went-well = Що вдалося
review-went-well-hint = Щось, що вдалося, хай навіть дрібниця
review-week-question = Яким був тиждень загалом?
review-week-rating = Оцінка тижня
review-kept-as-you-type = Те, що ти тут пишеш, зберігається під час набору, як і все інше.
review-done-hover = Закрити підсумок; його збережено
review-back = Назад до «Сьогодні»
review-back-hover = Поки що залишити підсумок; повернутися можна із «Сьогодні»
review-ratings-heading = Твої оцінки порівняно з попередніми днями
review-this-period = Цей період
review-period-before = Попередній період
review-mean-days = { $mean } ({ $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
})
review-line-before = { $scale }, раніше
review-faint-lines = Бліді лінії: ті самі дні попереднього періоду.
review-setback-link = { $title } · { $date }
review-no-next-step = наступного кроку ще не записано
review-next-step = далі: { $step }
review-setbacks = Невдачі
review-no-setbacks = Жодної за цей період.
review-still-open = Досі відкриті з минулого
review-and-more = і ще { $count }
review-experiments = Експерименти
review-no-experiments = Жодного на черзі чи випробуваного за цей період.
review-experiment-due = На черзі: { $text } ({ $when })
review-experiment-tried = Випробувано: { $text } — { $status ->
    [worked] спрацювало
    [partly] частково спрацювало
    [didnt] не спрацювало
   *[other] { $status }
}
review-feedback = Отримані відгуки
review-feedback-line = { $from }: «{ $insight }»
review-lesson = Один урок на наступний тиждень
review-lessons-from-period = З цього періоду:
review-carry-lesson = Взяти цей урок із собою
review-lesson-hint = Вибери один вище або напиши свій

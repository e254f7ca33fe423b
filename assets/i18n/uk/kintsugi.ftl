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

## Setbacks, skills and the calendar

calendar-after-range-end = після кінця періоду
calendar-before-range-start = до початку періоду
calendar-day-checked-in = { $words }, є щоденна відмітка
calendar-day-checked-in-mood = { $words }, є щоденна відмітка (настрій { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
calendar-day-unavailable = { $words }, недоступно: { $why }
calendar-range-from = З
calendar-range-from-field = Початок
calendar-range-to = по
calendar-range-to-field = Кінець
calendar-date-hint = РРРР-ММ-ДД
calendar-choose-hover = Обери в календарі: { $field }
calendar-button-name = Календар: { $field }
calendar-previous-month-hover = Попередній місяць (Page Up)
calendar-previous-month = Попередній місяць
calendar-next-month-hover = Наступний місяць (Page Down)
calendar-next-month = Наступний місяць
calendar-today = Сьогодні
calendar-keys = Стрілки: день / тиждень · Page Up/Down: місяць · Enter: вибрати · Esc: закрити
calendar-weekday-mon = Пн
calendar-weekday-tue = Вт
calendar-weekday-wed = Ср
calendar-weekday-thu = Чт
calendar-weekday-fri = Пт
calendar-weekday-sat = Сб
calendar-weekday-sun = Нд

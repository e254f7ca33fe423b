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

## Налаштування

preferences-title = Налаштування
preferences-language = Мова
preferences-language-follow-system = Як у системі ({ $language })
preferences-theme = Тема
preferences-follow-system = Як у системі
preferences-theme-light = Світла
preferences-theme-dark = Темна
preferences-week-starts = Тиждень починається з
preferences-week-start-usual = Як заведено в регіоні ({ $weekday })
preferences-daily-reminder = Щоденне нагадування
preferences-idle-lock = Блокувати під час простою
preferences-weekly-review = Тижневий підсумок
preferences-weekly-review-hint = Цього дня сповіщення запропонує підбити підсумок тижня, і «Сьогодні» теж (у неділю, якщо нагадування вимкнене).
preferences-off = Вимкнено
preferences-reminders-note = Нагадування надходять як сповіщення на робочому столі, поки Kintsugi працює, і лише в дні без щоденної відмітки. Коли програму закрито, див. «Reminders» у README (таймер systemd, що запускає kintsugi remind).
preferences-idle-lock-after = Блокувати зашифрований щоденник через
preferences-minutes-suffix = {" "}хв
preferences-idle-minutes = Хвилин простою до блокування
preferences-idle-without-use = без використання
preferences-remind-at = Нагадувати про відмітку о
preferences-reminder-time = Час нагадування
preferences-not-a-time = «{ $typed }» — не час: напиши його як ГГ:ХХ, напр. 20:00.

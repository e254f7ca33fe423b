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

## The mentor report and notifications

report-title = Звіт про прогрес
report-period = { $from } – { $to }
report-made-on = Складено { $date }
report-masthead-line = { $range }   ·   складено { $date }
report-empty = За цей період нічого не записано: жодної щоденної відмітки й жодної невдачі.
report-summary-heading = Коротко
report-summary-no-ratings = { $rating }: за цей період оцінок немає.
report-summary-rating = { $rating }: середнє { $mean }.
report-summary-rating-before = { $rating }: середнє { $mean } ({ $difference } порівняно з { $days ->
        [one] попереднім { $days } днем
       *[other] попередніми { $days } днями
    }).
report-summary-rating-trend = { $rating }: середнє { $mean }, { $trend ->
        [rising] зростає
        [falling] знижується
       *[steady] стабільне
    } ({ $slope } за 30 днів).
report-summary-rating-before-trend = { $rating }: середнє { $mean } ({ $difference } порівняно з { $days ->
        [one] попереднім { $days } днем
       *[other] попередніми { $days } днями
    }), { $trend ->
        [rising] зростає
        [falling] знижується
       *[steady] стабільне
    } ({ $slope } за 30 днів).
report-summary-check-ins = Щоденні відмітки: { $checkins } із { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    } ({ $percent }); поточна серія — { $current ->
        [one] { $current } день
        [few] { $current } дні
        [many] { $current } днів
       *[other] { $current } дня
    }, найдовша — { $longest ->
        [one] { $longest } день
        [few] { $longest } дні
        [many] { $longest } днів
       *[other] { $longest } дня
    }.
report-summary-no-setbacks = Невдач не записано.
report-summary-one-setback-micro = Записано 1 невдачу — мікроневдачу.
report-summary-setbacks = Записано { $count ->
        [one] { $count } невдачу
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }.
report-summary-setbacks-micro = Записано { $count ->
        [one] { $count } невдачу
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    }, з них { $micro ->
        [one] { $micro } мікроневдача
        [few] { $micro } мікроневдачі
        [many] { $micro } мікроневдач
       *[other] { $micro } мікроневдачі
    }.
report-summary-bounce-back = Медіанний час відновлення: { $median } дня.
report-summary-bounce-back-trend = Медіанний час відновлення: { $median } дня; { $trend ->
        [faster] ти відновлюєшся дедалі швидше
        [slower] ти відновлюєшся дедалі повільніше
       *[same] відновлення триває приблизно стільки ж, як раніше
    } (медіана { $first } дня, потім { $second }).
report-summary-no-skills = Нових навичок не записано.
report-summary-skills = Набуто { $count ->
        [one] { $count } навичку
        [few] { $count } навички
        [many] { $count } навичок
       *[other] { $count } навички
    }.
report-summary-pattern = Закономірність: { $count ->
        [one] { $count } мікроневдача
        [few] { $count } мікроневдачі
        [many] { $count } мікроневдач
       *[other] { $count } мікроневдачі
    } в категорії { $category } за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, { $from }–{ $to }.
report-better-days-heading = Що супроводжує кращі дні
report-better-days-note = Це порівняння між днями, а не причини.
report-chart-heading = Оцінки, невдачі й навички
report-chart-description = Оцінки за період, а під ними невдачі й навички.
report-chart-caption = Рисунок 1: { $description }
report-setbacks-heading = Невдачі та що з них вийшло
report-setbacks-left-out = { $count ->
        [one] { $count } невдачу цього періоду тут свідомо не описано.
        [few] { $count } невдачі цього періоду тут свідомо не описано.
        [many] { $count } невдач цього періоду тут свідомо не описано.
       *[other] { $count } невдачі цього періоду тут свідомо не описано.
    }
report-setback-facts = { $category } · серйозність { $severity } з 5
report-setback-facts-micro = { $category } · серйозність { $severity } з 5 · мікроневдача
report-setback-open = Відкрита
report-setback-reflected = Осмислена
report-setback-recovered = Подолана { $date }
report-setback-bounce-back = { $status } · настрій повернувся до звичного рівня за { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = Що сталося
report-contributing-factors = Що до цього спричинилося
report-do-differently = Що я робитиму інакше
report-feedback-received = Отримані відгуки
report-lessons = Уроки
report-skills-acquired = Набуті навички
report-experiments-heading = Експерименти
report-experiment-from = Із невдачі «{ $setback }» ({ $date })
report-experiment-trains = тренує навичку «{ $skill }»
report-experiment-planned-by = Заплановано { $planned }, спробувати до { $by }
report-experiment-planned-when = Заплановано { $planned }, спробувати, коли: { $situation }
report-experiment-not-tried = Ще не спробовано
report-experiment-tried = Спробовано { $date }: { $outcome ->
        [worked] спрацювало
        [partly] спрацювало частково
       *[didnt] не спрацювало
    }
report-experiment-dropped = Відкинуто { $date }
report-experiments-left-out = { $count ->
        [one] Не описано { $count } експеримент цього періоду: його невдачу теж не описано.
        [few] Не описано { $count } експерименти цього періоду: їхні невдачі теж не описано.
        [many] Не описано { $count } експериментів цього періоду: їхні невдачі теж не описано.
       *[other] Не описано { $count } експерименту цього періоду: їхні невдачі теж не описано.
    }
report-skills-column-skill = Навичка
report-skills-column-level-then = Рівень тоді
report-skills-column-level-now = Рівень зараз
report-skills-column-came-from = Звідки
report-skill-level = { $level } з 5
report-skill-level-not-set = не задано
report-skill-set-by-hand = задано вручну
report-skill-from-others = ще { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    } поза цим звітом
report-skill-from-shown-and-others = { $shown }; і ще { $count ->
        [one] { $count } невдача
        [few] { $count } невдачі
        [many] { $count } невдач
       *[other] { $count } невдачі
    } поза цим звітом
report-reviews-heading = Тижневі підсумки
report-review-rated = Тиждень оцінено на { $rating } з 10
report-review-not-rated = Без оцінки
report-review-item = { $period }: { $rating }
report-review-went-well = Що вдалося
report-review-lesson = Урок на наступний тиждень
report-reviews-words-left-out = Що вдалося й уроки тижневих підсумків не включено, як і нотатки щоденних відміток.
report-error-unknown-format = { $path }: звіт можна зберегти лише як .pdf або .md
report-error-typeset = Не вдалося зверстати звіт: { $detail }
report-error-chart = Не вдалося намалювати графік звіту: { $detail }
report-error-write = { $path }: не вдалося записати звіт: { $detail }
report-notes-heading = Нотатки щоденних відміток
report-questions-heading = Питання для нашої розмови
notification-open = Відкрити Kintsugi
reminder-check-in-title = Час для щоденної відмітки в Kintsugi
reminder-check-in-body = Щоденної відмітки за { $date } ще немає. Як минув день? Три оцінки — це одна хвилина.
reminder-check-in-unknown-body = Якщо щоденної відмітки за { $date } ще немає: як минув день? (Твій щоденник зашифровано, тож Kintsugi не може перевірити без твоєї парольної фрази.)
reminder-review-title = Підсумуй свій тиждень
reminder-review-body = Кілька хвилин, щоб озирнутися: що вдалося, які експерименти ти спробував(-ла) і один урок на наступний тиждень.

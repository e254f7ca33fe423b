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
model-category-work = Робота
model-category-project = Проєкт
model-category-career = Кар'єра
model-category-relationship = Стосунки
model-category-learning = Навчання
model-category-health = Здоров'я
model-category-other = Інше
model-feedback-mentor = Ментор
model-feedback-peer = Колега
model-feedback-client = Клієнт
model-feedback-manager = Керівник
model-feedback-other = Хтось інший
model-scale-mood = Настрій
model-scale-resilience = Стійкість
model-scale-growth-mindset = Мислення зростання
model-scale-mood-question = Як ти почуваєшся сьогодні?
model-scale-resilience-question = Наскільки добре ти зараз відновлюєшся?
model-scale-growth-mindset-question = Наскільки ти віриш, що можеш вирости завдяки цьому?
model-scale-mood-low = Жахливо
model-scale-mood-high = Чудово
model-scale-resilience-low = Збитий з ніг
model-scale-resilience-high = Відновлююся
model-scale-growth-mindset-low = Застряг
model-scale-growth-mindset-high = Зростаю
form-field-title = Назва
form-field-date = Дата
form-field-recovered-on = Відновлено
form-title-missing = Невдачі потрібна назва; доки її немає, вона в списку як «{ $title }».
form-date-problem = Дата: { $problem }
form-recovered-before = { $recovered } — раніше за невдачу ({ $date })
form-recovered-problem = Відновлено: { $problem }
form-not-a-date = «{ $text }» — не дата; запиши її як РРРР-ММ-ДД
form-in-future = { $day } — у майбутньому (сьогодні { $today })
setbacks-heading = Невдачі
setbacks-new-button = + Нова невдача
setbacks-new-hover = Записати невдачу за сьогодні ({ $keys })
setbacks-count = { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
setbacks-count-filtered = { $shown } з { $count ->
    [one] { $count } невдачі
    [few] { $count } невдач
    [many] { $count } невдач
   *[other] { $count } невдачі
}
setbacks-empty = Невдач поки немає. Коли щось піде не так — велике чи дрібне, — запиши це тут і повернись поміркувати. Кожна — нагода навчитися.
setbacks-none-match = Жодна невдача не відповідає цим фільтрам.
setbacks-search = Пошук
setbacks-search-hint = слова з назв, роздумів, уроків
setbacks-all-categories = Усі категорії
setbacks-category-filter = Фільтр категорії
setbacks-any-status = Будь-який статус
setbacks-status-filter = Фільтр статусу
setbacks-micro-only = Лише мікроневдачі
setbacks-factor-chip = Чинник: { $factor } ×
setbacks-factor-chip-hover = Показано невдачі з цим чинником; клацни, щоб показати всі
setbacks-factor-chip-name = Прибрати фільтр чинника { $factor }
setbacks-clear-filters = Скинути фільтри
setbacks-pick = Обери невдачу ліворуч або запиши нову.
setbacks-pick-explanation = Поміркуй, що сталося, попроси відгук і запиши, чого це тебе навчило, — тріщина стає частиною історії.
setbacks-editor-heading = Невдача
setbacks-editor-heading-new = Нова невдача
setbacks-delete = Видалити…
setbacks-close-hover = Закрити редактор; твої зміни вже збережено
setbacks-new-explanation = Її збережено з першої зміни; дай їй назву, усе інше — потім.
setbacks-delete-message = «{ $title }» і роздуми про неї буде видалено. Скасувати можна через { $keys }.
setbacks-delete-heading = Видалити цю невдачу?
setbacks-delete-confirm = Видалити невдачу
setbacks-orphan-heading = Залишити навичку?
setbacks-orphan-message = «{ $name }» більше не пов'язана з жодною невдачею. Залишити її серед навичок чи видалити?
setbacks-orphan-keep = Залишити навичку
setbacks-orphan-delete = Видалити навичку
setbacks-status-open = Відкрита
setbacks-status-reflected = Обміркована
setbacks-status-recovered = Подолана
setbacks-row-details = { $date } · { $category } · тяжкість { $severity }{ $micro ->
    [yes] {" "}· мікроневдача
   *[no] {""}
} · { $status }
setbacks-row-flag = поле потребує уваги
setbacks-skill-not-linked = Ще не пов'язано: обери навичку або натисни Enter, щоб її створити.
setbacks-category-not-applied = Ще не застосовано: натисни Enter, щоб використати цю категорію.
setbacks-step-new = нова невдача
setbacks-step-typing = введення в «{ $field }»
setbacks-step-editing = редагування невдачі
setbacks-step-changing = зміна «{ $field }»
setbacks-step-create-skill = створення навички «{ $name }»
setbacks-field-category = Категорія
setbacks-field-severity = Тяжкість
setbacks-field-micro-failure = Мікроневдача
setbacks-field-status = Статус
setbacks-field-what-happened = Що сталося
setbacks-field-contributing-factors = Чинники
setbacks-field-do-differently = Що я зроблю інакше
setbacks-field-feedback = Відгуки
setbacks-field-lessons = Уроки
setbacks-field-skills = Здобуті навички
setbacks-practice-heading = Втілити на практиці
setbacks-practice-prompt = Перетвори урок на одну річ, яку спробуєш наступного разу, — а потім скажи, чи спрацювало.
setbacks-practice-change = Змінити…
setbacks-practice-change-hover = Змінити, що спробувати, коли або яку навичку це тренує
setbacks-practice-none = Експериментів ще немає.
setbacks-practice-lesson = Урок
setbacks-practice-make = Зробити експериментом
setbacks-practice-make-hover = Запланувати спробувати це протягом двох тижнів (можна змінити пізніше)
setbacks-practice-already = Уже експеримент
setbacks-practice-make-name = Зробити експериментом: { $text }
setbacks-practice-source = { $kind }: { $text }
setbacks-echoes-heading = Причини, що траплялися раніше
setbacks-echoes-factor = { $factor } — також у { $count ->
    [one] { $count } попередній невдачі
    [few] { $count } попередніх невдачах
    [many] { $count } попередніх невдачах
   *[other] { $count } попередніх невдачах
}
setbacks-echoes-see = Показати їх
setbacks-echoes-see-hover = Перелічити невдачі з цим чинником
setbacks-echoes-make-name = Створити експеримент проти «{ $factor }»
setbacks-echoes-plan-text = Наступного разу я запобіжу «{ $factor }», якщо
setbacks-title-hint = Що пішло не так, кількома словами
setbacks-new-category-hint = або нова
setbacks-new-category = Нова категорія
setbacks-micro-failure-hover = Дрібна помилка, а не велика подія. Їхні закономірності варто помічати.
setbacks-new-category-problem = Нова категорія «{ $name }»: { $problem }
setbacks-date-future = невдача не може бути в майбутньому
setbacks-recovered-on = дата
setbacks-recovery-future = відновлення не може бути в майбутньому
setbacks-recovery-before = раніше за невдачу
setbacks-severity-1 = подряпина
setbacks-severity-2 = зачепило
setbacks-severity-3 = справжній удар
setbacks-severity-4 = сильно вдарило
setbacks-severity-5 = серйозна невдача
setbacks-reflect-heading = Обміркувати й проаналізувати
setbacks-reflect-prompt = Поглянь на це як допитливий спостерігач: що сталося і що до цього призвело?
setbacks-what-happened-hint = Опиши це просто, не засуджуючи себе.
setbacks-contributing-factor = Чинник
setbacks-contributing-factor-hint = дрібна помилка, обставина, припущення…
setbacks-do-differently-hint = Наступного разу я…
setbacks-feedback-heading = Попросити відгук
setbacks-feedback-prompt = Хто допоможе тобі побачити це інакше? Ментор, колега, клієнт, твій керівник.
setbacks-learning-heading = Вчитися далі
setbacks-learning-prompt = Що ти забереш із собою з цього досвіду?
setbacks-lesson-hint = урок одним реченням
setbacks-feedback-source = Відгук { $number }: джерело
setbacks-feedback-name-hint = ім'я (необов'язково)
setbacks-feedback-name = Відгук { $number }: ім'я
setbacks-feedback-remove = Прибрати відгук { $number }
setbacks-feedback-insight-hint = Що тобі сказали? Який висновок, твоїми словами?
setbacks-feedback-insight = Відгук { $number }: висновок
setbacks-feedback-add = + Додати відгук
setbacks-skills-prompt = Яку навичку це спонукало тебе розвинути?
setbacks-deleted-skill = (видалена навичка)
setbacks-skill-remove = Прибрати навичку { $name }
setbacks-skill-unlink-hover = Відв'язати «{ $name }» від цієї невдачі
setbacks-skills-none = Навичок ще не пов'язано.
setbacks-skill-add = Додати навичку
setbacks-skill-add-hint = почни вводити, щоб знайти або створити навичку
setbacks-skill-link-hover = Пов'язати цю навичку
setbacks-skill-create = Створити «{ $name }»
skills-heading = Навички
skills-search = Пошук
skills-search-hint = назва або категорія навички
skills-count = { $count ->
    [one] { $count } навичка
    [few] { $count } навички
    [many] { $count } навичок
   *[other] { $count } навички
}
skills-empty = Навичок поки немає. Коли міркуєш про невдачу, запиши навички, які вона спонукала розвинути, — вони з'являться тут.
skills-row-flag = назва потребує уваги
skills-not-linked = не пов'язана
skills-since = з { $date }
skills-row-details = Рівень { $level } · { $since } · { $count ->
    [one] { $count } невдача
    [few] { $count } невдачі
    [many] { $count } невдач
   *[other] { $count } невдачі
}
skills-pick = Обери навичку, щоб побачити, звідки вона і як зросла.
skills-delete = Видалити…
skills-step-level = рівень «{ $name }»
skills-step-remove-level = вилучення рівня «{ $name }»
skills-field-notes = Нотатки
skills-notes-hint = Як ти її практикуєш, матеріали, що спробувати далі
skills-step-typing = введення в «{ $field }»
skills-field-name = Назва
skills-name-taken = Навичка «{ $other }» уже є; навичка зберігає назву «{ $name }», доки ти це не зміниш.
skills-name-missing = Навичці потрібна назва; доки її немає, лишається «{ $name }».
skills-field-category = Категорія
skills-merge-message = «{ $from }» буде об'єднано з «{ $into }»: її невдачі, історія рівнів і нотатки перейдуть туди, а «{ $from }» буде вилучено.
skills-merge-confirm = Об'єднати з «{ $into }»
skills-merge-heading = Об'єднати ці дві навички?
skills-merge-cancel = Залишити окремо
skills-step-merge = об'єднання «{ $from }» з «{ $into }»
skills-delete-message = «{ $name }» буде вилучено разом із її зв'язками з невдачами. Скасувати можна через { $keys }.
skills-delete-heading = Видалити цю навичку?
skills-delete-confirm = Видалити навичку
skills-came-from = Походить із
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Відкрити невдачу { $title }
skills-open-setback-hover = Відкрити цю невдачу
skills-came-from-none = Жодна невдача не пов'язана з цією навичкою.
skills-level-history = Історія рівнів
skills-level-value = Рівень { $level }
skills-level-remove = Вилучити зміну рівня від { $date }
skills-category-hint = напр., Спілкування
skills-first-acquired = Уперше здобуто
skills-first-acquired-hover = Дата найранішої невдачі, з якої вона походить.
skills-field-level = Рівень
skills-level-scale = 1 нова · 5 опанована

## Search across the analysis, proposals and measures of a process.

search-title = Пошук
search-label = Пошуковий запит
search-hint = Ви знайдете тексти з аналізу, пропозиції та заходи. Умлаути й інші надрядкові знаки вводити не потрібно.
search-submit = Шукати
search-results = { $count ->
        [0] Нічого не знайдено
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результатів
    }
search-none = Спробуйте інше слово або менше слів.
search-kind-paragraph = Аналіз
search-kind-proposal = Пропозиція
search-kind-measure = Захід
process-search = Пошук у концепції

## Search across the analysis, proposals and measures of a process.

search-title = Поиск
search-label = Поисковый запрос
search-hint = Вы найдёте тексты из анализа, предложения и меры. Умлауты и другие диакритические знаки можно не вводить: например, «a» вместо «ä».
search-submit = Найти
search-results = { $count ->
        [0] Ничего не найдено
        [one] Найден { $count } результат
        [few] Найдено { $count } результата
        [many] Найдено { $count } результатов
       *[other] Найдено { $count } результата
    }
search-none = Попробуйте другое слово или меньше слов.
search-kind-paragraph = Анализ
search-kind-proposal = Предложение
search-kind-measure = Мера
process-search = Поиск по концепции

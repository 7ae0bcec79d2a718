## Search across the analysis, proposals and measures of a process.

search-title = Suchen
search-label = Suchbegriff
search-hint = Sie finden Texte aus der Analyse, Vorschläge und Maßnahmen. Akzente und Umlaute müssen Sie nicht eingeben.
search-submit = Suchen
search-results = { $count ->
        [0] Keine Treffer
        [one] 1 Treffer
       *[other] { $count } Treffer
    }
search-none = Versuchen Sie ein anderes Wort oder weniger Wörter.
search-kind-paragraph = Analyse
search-kind-proposal = Vorschlag
search-kind-measure = Maßnahme
process-search = Im Konzept suchen

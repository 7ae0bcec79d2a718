## Search across the analysis, proposals and measures of a process.

search-title = Search
search-label = Search term
search-hint = You will find texts from the analysis, proposals and measures. You need not type accents.
search-submit = Search
search-results = { $count ->
        [0] No results
        [one] 1 result
       *[other] { $count } results
    }
search-none = Try another word or fewer words.
search-kind-paragraph = Analysis
search-kind-proposal = Proposal
search-kind-measure = Measure
process-search = Search the concept

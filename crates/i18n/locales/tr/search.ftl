## Search across the analysis, proposals and measures of a process.

search-title = Ara
search-label = Arama terimi
search-hint = Analizden metinler, öneriler ve tedbirler bulabilirsiniz. ä, ö, ü, ç, ş, ğ gibi harfler yerine a, o, u, c, s, g yazabilirsiniz.
search-submit = Ara
search-results = { $count ->
        [0] Sonuç bulunamadı
        [one] 1 sonuç
       *[other] { $count } sonuç
    }
search-none = Başka bir kelime veya daha az kelime deneyin.
search-kind-paragraph = Analiz
search-kind-proposal = Öneri
search-kind-measure = Tedbir
process-search = Konseptte ara

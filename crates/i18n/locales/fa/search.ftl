## Search across the analysis, proposals and measures of a process.

search-title = جستجو
search-label = عبارت جستجو
search-hint = متن‌های تحلیل، پیشنهادها و اقدام‌ها را پیدا می‌کنید. لازم نیست نشانه‌های روی حروف (مانند é یا ü) را تایپ کنید.
search-submit = جستجو
search-results = { $count ->
        [0] نتیجه‌ای پیدا نشد
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-none = واژهٔ دیگری یا واژه‌های کمتری را امتحان کنید.
search-kind-paragraph = تحلیل
search-kind-proposal = پیشنهاد
search-kind-measure = اقدام
process-search = جستجو در طرح

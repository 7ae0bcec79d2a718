## Search across the analysis, proposals and measures of a process.

search-title = البحث
search-label = كلمة البحث
search-hint = ستجد نصوصًا من التحليل والاقتراحات والإجراءات. لا تحتاج إلى كتابة علامات التشكيل.
search-submit = ابحث
search-results = { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
search-none = جرّب كلمة أخرى أو عددًا أقل من الكلمات.
search-kind-paragraph = التحليل
search-kind-proposal = اقتراح
search-kind-measure = إجراء
process-search = ابحث في المفهوم

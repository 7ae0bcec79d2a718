## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = Analiz
analysis-empty = Bu eylem alanı için henüz bir analiz yok.
analysis-how-to-comment = Her paragrafa yorum yazabilir ve yorumlara yanıt verebilirsiniz.
analysis-paragraph-link = { $number }. paragrafa bağlantı
analysis-comments-heading = { $number }. paragrafa yapılan yorumlar
analysis-comment-count = { $count ->
    [0] Henüz yorum yok
    [one] 1 yorum
   *[other] { $count } yorum
}
analysis-removed-heading = Kaldırılan paragraflara yapılan yorumlar
analysis-removed-text = Bu paragraflar artık analizde yer almıyor. Bu paragraflara yapılan yorumları okumaya devam edebilirsiniz.
analysis-proposals-link = Bu eylem alanı için hedef ve tedbir önerileri
analysis-field-link = Analizi okuyun ve yorum yapın
analysis-process-link = Her bir eylem alanının analizine git

comment-none = Henüz yorum yok.
comment-write = Yorum yazın
comment-label-paragraph = { $number }. paragrafa yorumunuz
comment-hint = En fazla 5000 karakter. Basit biçimlendirme kullanabilirsiniz: **kalın**, *italik*, listeler ve bağlantılar.
comment-submit = Yorumu yayımla
comment-reply = Yanıtla
comment-reply-label = { $name } adlı kişiye yanıtınız
comment-reply-submit = Yanıtı yayımla
comment-author-deleted = hesabı silinmiş kişi
comment-edited = düzenlendi
comment-earlier-version = Bu yorum, paragrafın önceki bir sürümü için yazıldı.
comment-hidden = Moderasyon ekibi tarafından gizlendi. Neden: { $reason }
comment-deleted = Yazan kişi tarafından silindi.
comment-edit = Düzenle
comment-delete = Sil
comment-report = Bildir
comment-access-sign-in = Yorum yapmak için giriş yapmanız gerekir.
comment-access-sign-in-link = Şimdi giriş yap
comment-access-choose-name = Yorum yapmadan önce lütfen bir ad seçin. Bu ad yorumlarınızın yanında görünür.
comment-access-choose-name-link = Ad seç
comment-access-not-yet = { $date } tarihinden itibaren yorum yapabilirsiniz. Okumaya şimdiden başlayabilirsiniz.
comment-access-closed = Katılım aşaması sona erdi. Artık yorum yazamazsınız. Tüm içerikler okunabilir kalır.
comment-access-not-yet-short = { $date } tarihinden itibaren yorum yapılabilir.
comment-access-closed-short = Artık yorum yapılamaz.
comment-refused-title = Bu mümkün değil
comment-error-rate-limited = Kısa sürede çok sayıda katkı yazdınız. Lütfen birkaç dakika bekleyin ve sonra tekrar gönderin.
comment-error-reply = Bu yoruma yanıt veremezsiniz. Yalnızca yorumlara yanıt verilebilir; yanıtlara, silinmiş veya gizlenmiş yorumlara yanıt verilemez.
comment-error-not-author = Yorumu yalnızca yazan kişi değiştirebilir veya silebilir.
comment-error-too-late = Bir yorumu yalnızca ilk 15 dakika içinde değiştirebilirsiniz. Silmeniz ise hâlâ mümkün.
comment-error-hidden = Moderasyon ekibi bu yorumu gizledi. Yorum artık değiştirilemez.
comment-edit-title = Yorumu düzenle
comment-edit-intro = Yorumunuzu 15 dakika boyunca değiştirebilirsiniz. Bu süreden sonra yorum olduğu gibi kalır.
comment-edit-label = Yorumunuz
comment-edit-save = Değişikliği kaydet
comment-edit-cancel = İptal
comment-back = Katkıya geri dön

report-title = Katkıyı bildir
report-intro = Bu katkı kurallara aykırı mı, örneğin insanlara hakaret ediyor veya onları aşağılıyor mu? O zaman katkıyı bildirin. Moderasyon ekibi katkıyı inceler.
report-kind-comment = Yorum
report-kind-proposal = Öneri
report-kind-paper = Tutum belgesi
report-reason = Bu katkıyı neden bildiriyorsunuz?
report-reason-hint = En fazla 1000 karakter. Katkıyı yazan kişi, kimin bildirdiğini öğrenmez.
report-reason-required = Lütfen katkıyı neden bildirdiğinizi yazın.
report-submit = Bildirimi gönder
report-sent-title = Bildiriminiz için teşekkür ederiz
report-sent-text = Bildiriminiz bize ulaştı. Moderasyon ekibi katkıyı inceleyecek.
report-already-hidden = Bu katkı zaten gizlenmiş veya silinmiş.

admin-cocreation-title = Analiz ve moderasyon
admin-cocreation-none = Hiçbir katılım sürecinde analizi düzenlemenize veya moderasyon yapmanıza izin veren bir rolünüz yok.
admin-cocreation-analysis = Eylem alanlarının analizini düzenle
admin-analysis-title = Analiz: { $field }
admin-analysis-hint = Metnin tamamını Markdown ile yazın. Paragrafları boş bir satırla ayırın; her paragraf bir numara ve kendi yorumlarını alır. Bir paragrafı değiştirdiğinizde yorumları kalır ve “önceki bir sürüm için yazıldı” olarak işaretlenir. Bir çevirinin paragraf sayısı, Almanca metninkiyle tam olarak aynı olmalıdır.
admin-analysis-german-required = Lütfen Almanca metni girin.
admin-analysis-saved = Kaydedildi. Değişmeyen: { $kept }, değişen: { $changed }, yeni: { $added }, kaldırılan: { $removed }.
admin-analysis-left-out = { $language }: { $german } yerine { $count ->
        [one] 1 paragraf
       *[other] { $count } paragraf
    }. Bu çeviri kaydedilmedi. Lütfen çeviriyi Almanca metinle aynı sayıda paragrafa bölün.
admin-analysis-public = Herkese açık sayfayı görüntüle

admin-moderation-title = Moderasyon
admin-moderation-open-count = { $count ->
    [0] bekleyen bildirim yok
    [one] 1 bekleyen bildirim
   *[other] { $count } bekleyen bildirim
}
admin-moderation-reports = Bekleyen bildirimler
admin-moderation-no-reports = Bekleyen bildirim yok.
admin-moderation-reason = Bildirim nedeni
admin-moderation-author = Yazan
admin-moderation-text = Bildirilen metin
admin-moderation-hidden-reason = Gizleme nedeni
admin-moderation-view = Sayfadaki yerinde görüntüle
admin-moderation-open-pdf = PDF dosyasını aç
admin-moderation-public-reason = Gizlemenin herkese açık nedeni
admin-moderation-public-reason-hint = Bu nedeni herkes, katkının yerinde görür.
admin-moderation-reason-required = Lütfen bir neden belirtin. Bu neden katkının yerinde görünür.
admin-moderation-hide = Gizle
admin-moderation-dismiss = Bildirimi reddet
admin-moderation-hidden = Gizlenen katkılar
admin-moderation-none-hidden = Gizlenmiş bir şey yok.
admin-moderation-unhide = Yeniden göster
admin-moderation-done-hidden = Katkı gizlendi. İlgili bildirimler kapatıldı.
admin-moderation-done-shown = Katkı yeniden görünüyor.
admin-moderation-done-dismissed = Bildirim reddedildi.

## Proposals of goals and measures, supports, position papers, and the organiser's answers.

proposals-trail = Buradasınız
proposals-heading = Öneriler
proposals-field-title = Öneriler: { $field }
proposals-intro = Burada bu eylem alanı için hedef ve tedbir önerebilir, başkalarının önerilerini destekleyebilirsiniz. Düzenleyici her öneriyi herkese açık olarak yanıtlar.
proposals-count = { $count ->
    [0] Henüz öneri yok.
    [one] 1 öneri var.
   *[other] { $count } öneri var.
}
proposals-by = Gönderen:
proposals-kind = Ne öneriyorsunuz?
proposals-kind-goal = Hedef
proposals-kind-measure = Tedbir
proposals-kind-missing = Lütfen bir hedef mi yoksa bir tedbir mi önerdiğinizi seçin.
proposals-title-label = Başlık
proposals-title-hint = Konuyu anlatan kısa bir cümle. En fazla 200 karakter.
proposals-title-missing = Lütfen bir başlık girin.
proposals-title-too-long = Başlık en fazla { $max } karakter olabilir.
proposals-text-label = Öneriniz
proposals-text-hint = Ne yapılmasını istediğinizi ve nedenini anlatın. Basit biçimlendirme kullanabilirsiniz: **kalın** ve satır başında “- ” ile listeler. En fazla 5000 karakter.
proposals-text-missing = Lütfen önerinizi anlatın.
proposals-text-too-long = Metin en fazla { $max } karakter olabilir.
proposals-propose-heading = Öneride bulunun
proposals-submit = Öneriyi gönder
proposals-too-many = Kısa sürede çok fazla şey yazdınız. Lütfen birkaç dakika bekleyin ve sonra tekrar deneyin.
proposals-need-name = Bir şey yazmadan önce lütfen katkılarınızın yanında görünecek adı seçin.
proposals-choose-name = Ad seç
proposals-sign-in-to-propose = Öneride bulunmak veya bir öneriyi desteklemek için lütfen giriş yapın. Bunun için yalnızca e-posta adresiniz gerekir.
proposals-sign-in = Giriş yap
proposals-opens-later = { $start } ile { $end } tarihleri arasında öneride bulunabilir ve önerileri destekleyebilirsiniz.
proposals-phase-over = Katılım aşaması sona erdi. Artık öneride bulunamaz veya önerileri destekleyemezsiniz. Önerileri ve düzenleyicinin yanıtlarını okumaya devam edebilirsiniz.
proposals-no-phase = Bu sürecin bir katılım aşaması yok. Önerileri burada okuyabilirsiniz.
proposals-deleted-participant = hesabı silinmiş kişi
proposals-deleted = Yazan kişi tarafından silindi.
proposals-hidden = Moderasyon ekibi tarafından gizlendi. Neden: { $reason }
proposals-number = Öneri no. { $id }
proposals-state-open = Henüz yanıtlanmadı
proposals-state-adopted = Kabul edildi
proposals-state-merged = Birleştirildi
proposals-state-not-adopted = Kabul edilmedi
proposals-supports = { $count ->
    [0] Henüz destek yok
    [one] 1 destek
   *[other] { $count } destek
}
proposals-edited = değiştirildi
proposals-support = Bu öneriyi destekle
proposals-withdraw = Desteğimi geri çek
proposals-you-support = Bu öneriyi destekliyorsunuz.
proposals-own-support = Bu sizin kendi öneriniz. Kendi önerinizi destekleyemezsiniz. Sayı, öneriyi başka kaç kişinin desteklediğini gösterir.
proposals-support-answered = Düzenleyici bu öneriyi zaten yanıtladı. Artık destek verilemez veya geri çekilemez.
proposals-sign-in-to-support = Bu öneriyi desteklemek için giriş yapın
proposals-edit-until = Değiştir (en geç saat { $time })
proposals-delete = Önerimi sil
proposals-answer-heading = Düzenleyicinin yanıtı
proposals-not-answered = Düzenleyici bu öneriyi henüz yanıtlamadı.
proposals-answered-on = Yanıt tarihi: { $date }.
proposals-adopted-into = Öneri kabul edildi. Artık eylem planında şu şekilde yer alıyor:
proposals-merged-into = Öneri, benzer bir öneriyle birleştirildi:
proposals-reason = Gerekçe
proposals-answer-text = Açıklama
proposals-edit-title = Öneriyi değiştir
proposals-edit-intro = Önerinizi gönderdikten sonra 15 dakika boyunca değiştirebilirsiniz.
proposals-save = Değişiklikleri kaydet
proposals-back = Öneriye geri dön
proposals-edit-too-late = Bir öneriyi yalnızca gönderdikten sonraki ilk 15 dakika içinde değiştirebilirsiniz. Bu süre doldu.
proposals-edit-answered = Düzenleyici bu öneriyi zaten yanıtladı. Öneri artık değiştirilemez.
proposals-analysis-link = Bu eylem alanının analizine git
proposals-report = Bu öneriyi bildir
proposals-comments-heading = Yorumlar
proposals-comment-label = Bu öneri hakkındaki yorumunuz
proposals-comments-closed = Bu öneriye artık yorum yazılamaz.
proposals-field-link = { $count ->
    [0] Öneriler: henüz yok
    [one] 1 öneri
   *[other] { $count } öneri
}

papers-link = Kurumların tutum belgeleri
papers-title = Tutum belgeleri
papers-intro = Dernekler, girişimler ve diğer kurumlar PDF dosyası olarak bir tutum belgesi ekleyebilir. Belgeleri herkes okuyabilir.
papers-list-heading = Gelen belgeler
papers-count = { $count ->
    [0] Henüz belge yok.
    [one] 1 belge var.
   *[other] { $count } belge var.
}
papers-number = Belge no. { $id }
papers-download = “{ $title }” belgesini indir (PDF, { $size })
papers-size-kb = { $size } KB
papers-size-mb = { $whole },{ $tenth } MB
papers-upload-heading = Tutum belgesi ekleyin
papers-organisation = Kurum
papers-organisation-hint = Derneğinizin, girişiminizin veya kurumunuzun adı.
papers-organisation-missing = Lütfen kurumun adını girin.
papers-title-label = Belgenin başlığı
papers-title-missing = Lütfen belgenin başlığını girin.
papers-too-long = Burada en fazla { $max } karakter kullanılabilir.
papers-summary = Özet
papers-summary-hint = Belgede neler yazdığına dair birkaç cümle. En fazla 1000 karakter.
papers-summary-too-long = Özet en fazla { $max } karakter olabilir.
papers-field = Eylem alanı
papers-field-none = Konseptin tamamı
papers-field-unknown = Lütfen listeden bir eylem alanı seçin.
papers-file = PDF dosyası
papers-file-hint = Yalnızca PDF dosyaları, en fazla 10 MB. Dosya komut dosyası (script), ekli dosya veya video içermemelidir.
papers-file-missing = Lütfen bir PDF dosyası seçin.
papers-file-not-pdf = Bu dosya bir PDF değil. Lütfen bir PDF dosyası seçin.
papers-file-too-large = Dosya 10 MB'tan büyük. Lütfen dosyayı küçültün, örneğin daha az veya daha küçük resim kullanarak.
papers-file-active = PDF dosyası komut dosyası (script), ekli dosya veya video içeriyor. Güvenlik nedeniyle bu tür dosyaları kabul etmiyoruz. Lütfen dosyayı bu öğeler olmadan yeniden kaydedin, örneğin “PDF olarak yazdır” ile.
papers-file-uncheckable = Bu PDF dosyasını kontrol edemiyoruz, çünkü bazı bölümleri şifrelenmiş veya alışılmadık bir şekilde sıkıştırılmış. Lütfen dosyayı yeniden kaydedin, örneğin “PDF olarak yazdır” ile.
papers-file-broken = Dosya eksiksiz ulaşmadı. Lütfen tekrar deneyin.
papers-submit = Belgeyi ekle
papers-submitted = Teşekkür ederiz. Belgeniz artık listede.
papers-sign-in-to-upload = Tutum belgesi eklemek için lütfen giriş yapın.
papers-proposals-heading = Eylem alanlarına göre öneriler
papers-report = Bu belgeyi bildir

admin-proposals-title = Öneriler
admin-proposals-no-processes = Hiçbir süreçte önerileri yanıtlama göreviniz yok.
admin-proposals-waiting = { $count ->
    [0] yanıt bekleyen öneri yok
    [one] 1 öneri yanıt bekliyor
   *[other] { $count } öneri yanıt bekliyor
}
admin-proposals-of = Öneriler: { $process }
admin-proposals-kind = Tür
admin-proposals-status = Durum
admin-proposals-answer-title = Öneriyi yanıtla: { $title }
admin-proposals-state = Yanıt
admin-proposals-all = Tümü
admin-proposals-filter = Göster
admin-proposals-field = Eylem alanı
admin-proposals-author = Öneren
admin-proposals-supports = Destekler
admin-proposals-choice = No. { $id }: { $title }
admin-proposals-saved = Yanıt yayımlandı. Öneriyi yapan kişiye ve tüm destekçilere e-posta gönderilecek.
admin-proposals-back = Sürecin tüm önerileri
admin-proposals-public = Önerinin herkese açık sayfası
admin-proposals-answer = Herkese açık yanıt
admin-proposals-answer-hint = Önerinin sayfasında görünür ve öneriyi yapan kişiye ve tüm destekçilere e-postayla gönderilir. Öneri kabul edilmezse nedenini yazın.
admin-proposals-measures = Bu öneriden çıkan tedbirler
admin-proposals-measures-hint = Yalnızca “Kabul edildi” için: Eylem planından en az bir tedbir seçin.
admin-proposals-no-measures = Eylem planında henüz tedbir yok. Önce tedbirleri oluşturun.
admin-proposals-merged-into = Birleştirildiği öneri
admin-proposals-merged-into-hint = Yalnızca “Birleştirildi” için: Bu önerinin birleştirildiği öneriyi seçin.
admin-proposals-merged-none = (yok)
admin-proposals-publish = Yanıtı yayımla
admin-proposals-state-missing = Lütfen bir yanıt seçin: kabul edildi, birleştirildi veya kabul edilmedi.
admin-proposals-reason-missing = Lütfen önerinin neden kabul edilmediğini yazın.
admin-proposals-answer-missing = Lütfen herkese açık yanıtı yazın.
admin-proposals-answer-too-long = Yanıt en fazla { $max } karakter olabilir.
admin-proposals-measure-missing = Lütfen önerinin dönüştüğü en az bir tedbir seçin.
admin-proposals-measure-unknown = Lütfen yalnızca bu sürecin tedbirlerini seçin.
admin-proposals-merge-missing = Lütfen bu önerinin birleştirildiği öneriyi seçin.
admin-proposals-merge-invalid = Bu öneri seçilemez. Bu sürecin görünür ve bu öneriyle birleştirilmemiş başka bir önerisini seçin.

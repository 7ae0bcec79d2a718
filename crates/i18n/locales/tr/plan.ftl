## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = Eylem planı
plan-read = Tüm hedefleri ve tedbirleriyle eylem planını okuyun
plan-pdf-link = Eylem planını PDF olarak indirin
plan-open-data = Açık veri
plan-empty = Eylem planında henüz hedef yok. Belediye, eylem planını katılım sürecinden sonra yazacak.
plan-fields = Eylem alanları
plan-field = Eylem alanı
plan-goal = Hedef
plan-no-goals = Bu eylem alanı için henüz hedef yok.
plan-no-measures = Bu hedef için henüz tedbir yok.
plan-status = Durum
plan-status-planned = planlandı
plan-status-in-progress = devam ediyor
plan-status-done = tamamlandı
plan-status-dropped = sürdürülmüyor
plan-lead-unit = Sorumlu birim
plan-partners = Ortaklar
plan-timeframe = Zaman aralığı
plan-indicators = Başarı nasıl ölçülür
plan-latest-update = Son ilerleme raporu:
plan-all-updates = { $count ->
        [one] 1 ilerleme raporu
       *[other] Tüm ilerleme raporları ({ $count })
    }
plan-as-of = { $date } itibarıyla

plan-based-on = Dayanak: { $list }.
list-and = { $first } ve { $last }
list-comma = { $first }, { $rest }
plan-origin-proposals = { $count ->
        [one] 1 öneri
       *[other] { $count } öneri
    }
plan-origin-workshop-results = { $count ->
        [one] 1 etkinlik sonucu
       *[other] { $count } etkinlik sonucu
    }
plan-origin-comments = { $count ->
        [one] 1 yorum
       *[other] { $count } yorum
    }
plan-origin-papers = { $count ->
        [one] 1 tutum belgesi
       *[other] { $count } tutum belgesi
    }
plan-origin-none = Bu tedbiri belediye yönetimi belirledi.
plan-origin-kind-proposal = Öneri
plan-origin-kind-workshop = Etkinlik sonucu
plan-origin-kind-comment = Yorum
plan-origin-kind-paper = Tutum belgesi
plan-origin-removed = kaldırıldı

plan-progress-title = Eylem planının ilerleyişi
plan-progress-intro = Tablo, her eylem alanında kaç tedbirin hangi durumda olduğunu gösterir: planlandı, devam ediyor, tamamlandı veya sürdürülmüyor.
plan-progress-caption = Eylem alanına ve duruma göre tedbirler
plan-total = Toplam
plan-share-done = Tamamlanma oranı
plan-percent = %{ $percent }
plan-all-fields = Tüm eylem alanları

plan-results-title = Etkinliklerin sonuçları
plan-results-intro = Etkinliklerde çalışma gruplarının ve panoların kayda geçirdiği sonuçlar bunlardır. Yapışkan noktalar, bir konunun kaç kişi için önemli olduğunu gösterir.
plan-results-none = Henüz sonuç yok.
plan-to-plan = Eylem planına git
plan-pin-board = Panolar
plan-working-group-removed = Çalışma grubu
plan-dot-votes = { $count ->
        [one] 1 yapışkan nokta
       *[other] { $count } yapışkan nokta
    }
plan-result-became = Bu sonuçtan eylem planında şunlar çıktı:

plan-admin-nav = Eylem planı ve sonuçlar
plan-admin-no-processes = Hiçbir katılım sürecinde eylem planını düzenleme yetkiniz yok.
plan-admin-edit-plan = Eylem planını düzenle
plan-admin-results = Sonuçları gir
plan-admin-title = Eylem planı: { $process }
plan-admin-public-page = Herkese açık sayfa
plan-admin-back = Eylem planına geri dön
plan-admin-edit-goal = Hedefi düzenle
plan-admin-add-goal = Hedef ekle
plan-admin-add-measure = Tedbir ekle
plan-admin-goal-title = Hedefin başlığı
plan-admin-measure-title = Tedbirin başlığı
plan-admin-description = Açıklama
plan-admin-goal-heading = Hedef: { $goal }
plan-admin-measure-heading = Tedbir: { $measure }
plan-admin-delete-goal = Hedefi sil
plan-admin-delete-goal-text = { $count ->
        [0] Bu hedefin tedbiri yok.
        [one] Hedef silinince, ona bağlı tedbir de raporları ve bağlantılarıyla birlikte silinir.
       *[other] Hedef silinince, ona bağlı { $count } tedbir de raporları ve bağlantılarıyla birlikte silinir.
    }
plan-admin-delete-measure = Tedbiri sil
plan-admin-delete-confirm = Evet, bunu silmek istiyorum.
plan-admin-texts = Metinler ve durum
plan-admin-progress = İlerleme
plan-admin-no-updates = Henüz ilerleme raporu yok.
plan-admin-add-update = İlerleme raporu ekle
plan-admin-update-date = Raporun tarihi
plan-admin-update-note = Neler oldu?
plan-admin-origins = Dayanaklar
plan-admin-origins-hint = Tedbiri, çıkış noktası olan katkılara bağlayın. Böylece herkes bir öneriden ne çıktığını takip edebilir.
plan-admin-remove-origin = Bağlantıyı kaldır
plan-admin-add-origin = Bağlantı ekle
plan-admin-link = Bağla
plan-admin-no-proposals = Bu eylem alanında henüz bağlanmamış öneri yok.
plan-admin-no-results = Bu eylem alanında henüz bağlanmamış etkinlik sonucu yok.
plan-admin-no-papers = Henüz bağlanmamış tutum belgesi yok.
plan-admin-comment-number = Yorumun numarası
plan-admin-comment-hint = Numara, yorumun adresinde “#c-” ifadesinden sonra yer alır.
plan-admin-results-title = Sonuçlar: { $event }
plan-admin-result-edit-title = Sonucu değiştir: { $event }
plan-admin-all-results = Bu etkinliğin tüm sonuçları
plan-admin-result-record = Sonuç gir
plan-admin-result-change = Sonucu değiştir
plan-admin-result-group = Çalışma grubu veya pano
plan-admin-result-text = Metin
plan-admin-result-text-hint = Kartta veya tutanakta yazanları yazın. İlk satır başlıktır.
plan-admin-result-dots = Yapışkan noktalar
plan-admin-results-recorded = Girilen sonuçlar
plan-admin-result-delete = Sil

plan-admin-error-german = Lütfen metni Almanca yazın. Çeviriler isteğe bağlıdır, ancak Almanca metin her zaman gereklidir.
plan-admin-error-too-long = Lütfen en fazla { $max } karakter yazın.
plan-admin-error-text-empty = Lütfen bir metin yazın.
plan-admin-error-date = Lütfen geçerli bir tarih girin.
plan-admin-error-comment = Bu katılım sürecinde bu numaraya sahip bir yorum yok.
plan-admin-error-dot-votes = Lütfen 0 veya daha büyük bir tam sayı girin.
plan-admin-error-confirm = Lütfen silmek istediğinizi onaylayın.

plan-admin-done-goal-added = Hedef eklendi.
plan-admin-done-goal-saved = Hedef kaydedildi.
plan-admin-done-goal-deleted = Hedef silindi.
plan-admin-done-measure-added = Tedbir eklendi. Şimdi diğer bilgileri tamamlayın.
plan-admin-done-measure-saved = Tedbir kaydedildi.
plan-admin-done-measure-deleted = Tedbir silindi.
plan-admin-done-update-added = Rapor kaydedildi. Tedbirin durumu artık rapordaki durumdur.
plan-admin-done-origin-added = Bağlantı kaydedildi.
plan-admin-done-origin-removed = Bağlantı kaldırıldı.
plan-admin-done-result-added = Sonuç girildi.
plan-admin-done-result-saved = Sonuç kaydedildi.
plan-admin-done-result-deleted = Sonuç silindi. Tedbirlerle olan bağlantıları da kaldırıldı.

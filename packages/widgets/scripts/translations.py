# Fills the <target> of every trans-unit in xliff/{es,pt,fr,ht}.xlf from the table below.
# {0}, {1}… stand for the placeholders of the English source, in order. Run after
# `pnpm --filter @lad/widgets extract` when messages change; the XLIFF files are the record.
import re, sys, html

T = {
 'filter.country': ('País', 'País', 'Pays', 'Peyi'),
 'filter.pillar': ('Pilar', 'Pilar', 'Pilier', 'Pilye'),
 'filter.action_package': ('Paquete de acción', 'Pacote de ação', 'Paquet d’actions', 'Pakè mezi'),
 'filter.mechanism': ('Mecanismo regional', 'Mecanismo regional', 'Mécanisme régional', 'Mekanis rejyonal'),
 'filter.search': ('Buscar', 'Buscar', 'Rechercher', 'Chèche'),
 'filter.all': ('Todos', 'Todos', 'Tous', 'Tout'),
 'tracker.list': ('Compromisos', 'Compromissos', 'Engagements', 'Angajman yo'),
 'tracker.label': ('Seguimiento de compromisos', 'Acompanhamento de compromissos', 'Suivi des engagements', 'Swivi angajman yo'),
 'tracker.empty': ('Ningún compromiso coincide con estos filtros.', 'Nenhum compromisso corresponde a estes filtros.', 'Aucun engagement ne correspond à ces filtres.', 'Pa gen okenn angajman ki koresponn ak filt sa yo.'),
 'tracker.details_error': ('No se pudieron cargar los detalles.', 'Não foi possível carregar os detalhes.', 'Impossible de charger les détails.', 'Nou pa t kapab chaje detay yo.'),
 'tracker.timeline': ('Cronología', 'Linha do tempo', 'Chronologie', 'Etap yo'),
 'tracker.consultation': ('Cómo se consultó a la sociedad civil', 'Como a sociedade civil foi consultada', 'Comment la société civile a été consultée', 'Kijan yo te konsilte sosyete sivil la'),
 'tracker.indicators': ('Indicadores', 'Indicadores', 'Indicateurs', 'Endikatè yo'),
 'tracker.sources': ('Fuentes', 'Fontes', 'Sources', 'Sous yo'),
 'tracker.shared': ('Compartido con {0}', 'Compartilhado com {0}', 'Partagé avec {0}', 'Pataje ak {0}'),
 'tracker.updated': ('Actualizado el {0}', 'Atualizado em {0}', 'Mis à jour le {0}', 'Mete ajou {0}'),
 'tracker.download': ('Descargar', 'Baixar', 'Télécharger', 'Telechaje'),
 'state.error': ('No se pudieron cargar los compromisos.', 'Não foi possível carregar os compromissos.', 'Impossible de charger les engagements.', 'Nou pa t kapab chaje angajman yo.'),
 'state.offline': ('No hay conexión. Lo que se muestra puede estar desactualizado; se actualizará cuando vuelva la conexión.', 'Você está sem conexão. O que aparece pode estar desatualizado; será atualizado quando a conexão voltar.', 'Vous êtes hors ligne. Ce qui est affiché n’est peut-être plus à jour ; l’affichage sera actualisé au retour de la connexion.', 'Ou pa gen koneksyon. Sa w ap wè a ka pa ajou; l ap mete l ajou lè koneksyon an tounen.'),
 'state.retry': ('Reintentar', 'Tentar de novo', 'Réessayer', 'Eseye ankò'),
 'state.loading': ('Cargando…', 'Carregando…', 'Chargement…', 'N ap chaje…'),
 'indicator.none': ('Aún sin evaluación', 'Ainda sem avaliação', 'Pas encore d’évaluation', 'Poko gen evalyasyon'),
 'indicator.progress': ('Avance hacia la meta: {0} %', 'Avanço em direção à meta: {0} %', 'Progression vers la cible : {0} %', 'Pwogrè anvè objektif la: {0} %'),
 'indicator.sparkline': ('Mediciones: {0}', 'Medições: {0}', 'Mesures : {0}', 'Mezi yo: {0}'),
 'indicator.values': ('Línea de base {0} · más reciente {1} · meta {2}', 'Linha de base {0} · mais recente {1} · meta {2}', 'Référence {0} · dernière mesure {1} · cible {2}', 'Baz {0} · dènye mezi {1} · objektif {2}'),
 'consultation.public': ('Consulta pública', 'Consulta pública', 'Consultation publique', 'Konsiltasyon piblik'),
 'consultation.meeting': ('Reunión con la sociedad civil', 'Reunião com a sociedade civil', 'Réunion avec la société civile', 'Reyinyon ak sosyete sivil la'),
 'consultation.written': ('Comentarios por escrito', 'Comentários por escrito', 'Commentaires écrits', 'Kòmantè alekri'),
 'consultation.none': ('No se consultó a la sociedad civil', 'A sociedade civil não foi consultada', 'La société civile n’a pas été consultée', 'Yo pa t konsilte sosyete sivil la'),
 'consultation.unknown': ('Se desconoce si se consultó a la sociedad civil', 'Não se sabe se a sociedade civil foi consultada', 'On ne sait pas si la société civile a été consultée', 'Nou pa konnen si yo te konsilte sosyete sivil la'),
 'summary.no_indicators': ('Sin indicadores medidos', 'Nenhum indicador medido', 'Aucun indicateur mesuré', 'Pa gen endikatè ki mezire'),
 'summary.indicators': ('Indicadores: {0} % del camino hacia la meta ({1} medidos)', 'Indicadores: {0} % do caminho até a meta ({1} medidos)', 'Indicateurs : {0} % du chemin vers la cible ({1} mesurés)', 'Endikatè: {0} % nan chemen pou rive nan objektif la ({1} mezire)'),
 'summary.showing_chart': ('Se muestra el gráfico', 'Exibindo o gráfico', 'Affichage du graphique', 'N ap montre grafik la'),
 'summary.showing_table': ('Se muestra la tabla', 'Exibindo a tabela', 'Affichage du tableau', 'N ap montre tablo a'),
 'summary.caption': ('Compromisos por estado y avance de los indicadores', 'Compromissos por status e avanço dos indicadores', 'Engagements par état d’avancement et progression des indicateurs', 'Angajman yo dapre eta yo ak pwogrè endikatè yo'),
 'summary.group': ('Grupo', 'Grupo', 'Groupe', 'Gwoup'),
 'summary.total': ('Total', 'Total', 'Total', 'Total'),
 'summary.indicator_progress': ('Avance de los indicadores', 'Avanço dos indicadores', 'Progression des indicateurs', 'Pwogrè endikatè yo'),
 'summary.error': ('No se pudo cargar el avance.', 'Não foi possível carregar o avanço.', 'Impossible de charger la progression.', 'Nou pa t kapab chaje pwogrè a.'),
 'summary.label': ('Resumen del avance', 'Resumo do avanço', 'Synthèse de la progression', 'Rezime pwogrè a'),
 'summary.view': ('Vista', 'Visualização', 'Affichage', 'Fason pou gade'),
 'summary.chart': ('Gráfico', 'Gráfico', 'Graphique', 'Grafik'),
 'summary.table': ('Tabla', 'Tabela', 'Tableau', 'Tablo'),
 'summary.download': ('Descargar CSV', 'Baixar CSV', 'Télécharger le CSV', 'Telechaje CSV'),
 'pillar.label': ('Pilar {0}', 'Pilar {0}', 'Pilier {0}', 'Pilye {0}'),
 'commitments.none': ('no hay compromisos registrados', 'nenhum compromisso registrado', 'aucun engagement enregistré', 'pa gen angajman ki anrejistre'),
 'commitments.count': ('{0} compromisos', '{0} compromissos', '{0} engagements', '{0} angajman'),
 'commitments.one': ('{0} compromiso', '{0} compromisso', '{0} engagement', '{0} angajman'),
 'status.heading': ('Estado', 'Status', 'État d’avancement', 'Eta'),
 'status.no_evidence': ('Sin evidencia disponible', 'Sem evidências disponíveis', 'Aucune preuve disponible', 'Pa gen prèv disponib'),
 'status.not_started': ('Sin iniciar', 'Não iniciado', 'Pas commencé', 'Poko kòmanse'),
 'status.limited': ('Avance limitado', 'Avanço limitado', 'Progrès limités', 'Ti kras pwogrè'),
 'status.substantial': ('Avance sustancial', 'Avanço substancial', 'Progrès substantiels', 'Byen avanse'),
 'status.complete': ('Completado', 'Concluído', 'Achevé', 'Fini'),
 'menu.language': ('Idioma', 'Idioma', 'Langue', 'Lang'),
 'text.machine': ('Traducción automática', 'Tradução automática', 'Traduction automatique', 'Tradiksyon otomatik'),
 'text.fallback': ('Se muestra en {0}: aún no está disponible en {1}', 'Exibido em {0}: ainda não está disponível em {1}', 'Affiché en {0} : pas encore disponible en {1}', 'Nou montre l an {0}: li poko disponib an {1}'),
}

# The forms' messages (registration, proposals, selection report) live in their own table.
from translations_forms import T as FORMS
T.update(FORMS)
from translations_views import T as VIEWS
T.update(VIEWS)

LOCALES = ['es', 'pt', 'fr', 'ht']
missing = set()
for i, locale in enumerate(LOCALES):
    path = f'xliff/{locale}.xlf'
    s = open(path, encoding='utf-8').read()
    def unit(m):
        uid, body = m.group(1), m.group(2)
        source = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
        placeholders = re.findall(r'<x [^>]*/>', source)
        if uid not in T:
            missing.add(uid)
            return m.group(0)
        text = html.escape(T[uid][i], quote=False)
        text = re.sub(r'\{(\d)\}', lambda p: placeholders[int(p.group(1))], text)
        body = re.sub(r'\s*<target>.*?</target>', '', body, flags=re.S)
        body = body.replace('</source>', f'</source>\n  <target>{text}</target>', 1)
        return f'<trans-unit id="{uid}">{body}</trans-unit>'
    s = re.sub(r'<trans-unit id="([^"]*)">(.*?)</trans-unit>', unit, s, flags=re.S)
    open(path, 'w', encoding='utf-8').write(s)
if missing:
    print('No translation for:', ', '.join(sorted(missing)))
    sys.exit(1)

/**
 * French and Chinese labels of the notes the data writes on the relations between agreements ("BelTA: the
 * 2016 agreement was updated"): a source's name stays as written, and so do the words quoted from it
 * ("继续签订", "erneuert").
 */
export const LINEAGE_NOTE_LABELS: Readonly<Record<string, readonly [fr: string, zh: string]>> = {
  'Signed again (继续签订) in December 2022': [
    'Signé à nouveau (继续签订) en décembre 2022',
    '2022 年 12 月继续签订',
  ],
  'The consultative body was announced in the Jeju joint statement': [
    'L’organe consultatif a été annoncé dans la déclaration conjointe de Jeju',
    '该磋商机构在济州联合声明中宣布设立',
  ],
  'Roadmap to implement the MoU signed in May 2024': [
    'Feuille de route de mise en œuvre du protocole d’accord signé en mai 2024',
    '落实 2024 年 5 月所签谅解备忘录的路线图',
  ],
  'AFNOR: a first accord signed in 2013, renewed during the 2014 state visit': [
    'AFNOR\u00a0: un premier accord signé en 2013, renouvelé lors de la visite d’État de 2014',
    'AFNOR：2013 年签署首份协议，2014 年国事访问期间续签',
  ],
  'New bilateral agreement continuing the 2014 cooperation, adding possible mutual recognition of national standards':
    [
      'Nouvel accord bilatéral prolongeant la coopération de 2014 et y ajoutant la reconnaissance mutuelle possible des normes nationales',
      '延续 2014 年合作的新双边协议，增加了国家标准可能互认的内容',
    ],
  'AFNOR: renewed their cooperation accord; Le Moci: updated the accord of 26 March 2014': [
    'AFNOR\u00a0: accord de coopération renouvelé\u202f; Le Moci\u00a0: mise à jour de l’accord du 26 mars 2014',
    'AFNOR：双方续签合作协议；Le Moci：更新了 2014 年 3 月 26 日的协议',
  ],
  'ANSI: updated MoU; the last version was signed in 2002': [
    'ANSI\u00a0: protocole d’accord mis à jour\u202f; la version précédente avait été signée en 2002',
    'ANSI：更新谅解备忘录，上一版本于 2002 年签署',
  ],
  'pressetext: the cooperation agreement was renewed (erneuert)': [
    'pressetext\u00a0: l’accord de coopération a été renouvelé (erneuert)',
    'pressetext：合作协议已续签（erneuert）',
  ],
  'BelTA: the updated agreement contains provisions of the SCO Qingdao Initiative': [
    'BelTA\u00a0: l’accord mis à jour reprend des dispositions de l’initiative de Qingdao de l’OCS',
    'BelTA：更新后的协议纳入了上合组织青岛倡议的条款',
  ],
  'BelTA: the 2016 agreement was updated': [
    'BelTA\u00a0: l’accord de 2016 a été mis à jour',
    'BelTA：2016 年的协议已更新',
  ],
  'BSI press release of 14 June 2019 (seen without its address): BSI has renewed its agreement with SAC on the recognition of voluntary standards':
    [
      'Communiqué de BSI du 14 juin 2019 (consulté sans son adresse)\u00a0: BSI a renouvelé son accord avec la SAC sur la reconnaissance des normes volontaires',
      'BSI 2019 年 6 月 14 日新闻稿（所见版本无网址）：BSI 与国家标准委续签了关于自愿性标准认可的协议',
    ],
  'Revision of the cooperation agreement (CEN-CENELEC text)': [
    'Révision de l’accord de coopération (texte du CEN-CENELEC)',
    '合作协议的修订（CEN-CENELEC 文本）',
  ],
  'New cooperation agreement continuing the 2009/2016 agreement': [
    'Nouvel accord de coopération prolongeant l’accord de 2009/2016',
    '延续 2009/2016 年协议的新合作协议',
  ],
  'Letter of intent on deepening cooperation under the existing agreement': [
    'Lettre d’intention sur l’approfondissement de la coopération dans le cadre de l’accord existant',
    '在现有协议框架下深化合作的意向书',
  ],
  'DIN (2009): the first agreement was concluded in 1979; the cooperation is now based on the agreement signed on 10 April 2006':
    [
      'DIN (2009)\u00a0: le premier accord a été conclu en 1979\u202f; la coopération repose désormais sur l’accord signé le 10 avril 2006',
      'DIN（2009 年）：首份协议于 1979 年签订；目前的合作以 2006 年 4 月 10 日签署的协议为基础',
    ],
  'DIN: SAC and DIN confirmed the continuation of the cooperation agreement (Verlängerung)': [
    'DIN\u00a0: la SAC et le DIN ont confirmé la prolongation de l’accord de coopération (Verlängerung)',
    'DIN：国家标准委与 DIN 确认延续合作协议（Verlängerung）',
  ],
  'SPA: SASO and SAC renewed the signing of the technical cooperation programme': [
    'SPA\u00a0: la SASO et la SAC ont renouvelé la signature du programme de coopération technique',
    'SPA：沙特标准计量质量组织与国家标准委续签技术合作计划',
  ],
  'Action Plan (2019-2021) on the Technical Cooperation Program': [
    'Plan d’action (2019–2021) du programme de coopération technique',
    '技术合作计划的行动计划（2019～2021 年）',
  ],
  'SAMR account: agreements signed successively in 2008, 2014 and 2018': [
    'Selon la SAMR\u00a0: des accords signés successivement en 2008, 2014 et 2018',
    '据市场监管总局介绍：先后于 2008 年、2014 年和 2018 年签署协议',
  ],
  'EnterpriseSG MR 069/22: renewal of the MoU': [
    'EnterpriseSG, communiqué MR 069/22\u00a0: renouvellement du protocole d’accord',
    'EnterpriseSG 新闻稿 MR 069/22：续签谅解备忘录',
  ],
  'UNE: renewed the MoU signed in 2019': [
    'UNE\u00a0: renouvellement du protocole d’accord signé en 2019',
    'UNE：续签 2019 年签署的谅解备忘录',
  ],
  'Inmetro Na Medida (October 2017): the MoU with AQSIQ was renewed during the recent mission': [
    'Inmetro, Na Medida (octobre 2017)\u00a0: le protocole d’accord avec l’AQSIQ a été renouvelé lors de la récente mission',
    'Inmetro《Na Medida》（2017 年 10 月）：与国家质检总局的谅解备忘录在近期访问期间续签',
  ],
  'Inmetro Na Medida (October 2017): the MoU with NIM (INM) was renewed during the recent mission': [
    'Inmetro, Na Medida (octobre 2017)\u00a0: le protocole d’accord avec le NIM (INM) a été renouvelé lors de la récente mission',
    'Inmetro《Na Medida》（2017 年 10 月）：与中国计量科学研究院（INM）的谅解备忘录在近期访问期间续签',
  ],
};

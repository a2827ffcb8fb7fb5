Inauguración del XVII Congreso del Partido de la provincia de Lang Son, mandato 2020-2025.
En la mañana del 13 de octubre de 2020, la organización provincial del Partido de Lang Son inauguró solemnemente su congreso en la ciudad de Lang Son.
Asistieron 350 delegados en representación de más de 47.000 miembros del Partido de 16 comités del Partido subordinados.
Asistió al congreso el camarada Nguyen Dinh Khang, miembro del Comité Central del Partido y subjefe de la Comisión Central de Organización.
También asistieron los dirigentes de la provincia a lo largo de los periodos, los Héroes de las Fuerzas Armadas Populares y las Madres Heroicas de Vietnam.
La camarada Lam Thi Phuong Thanh, secretaria del Comité Provincial del Partido, pronunció el discurso inaugural.
En el mandato 2015-2020, la economía de la provincia creció a un ritmo medio del 8,1 % anual.
El ingreso medio per cápita alcanzó 41,5 millones de dongs en 2020, 1,6 veces más que en 2015.
Los ingresos del presupuesto del Estado en la localidad superaron los 7 billones de dongs por año.
La inversión pública se concentró en las carreteras, la electricidad, las escuelas y los centros de salud de las zonas remotas y aisladas.
El programa de construcción de nuevas zonas rurales logró resultados destacados: 71 comunas cumplen los criterios de la nueva ruralidad.
La tasa de hogares pobres bajó del 18,3 % al 7,5 %, un logro de la reducción sostenible de la pobreza.
La defensa y seguridad se consolidaron, y se mantuvieron la seguridad política y el orden y seguridad social en la frontera.
Se implementaron con seriedad las resoluciones del Comité Central del Partido y del Comité Provincial del Partido sobre la labor de construcción del Partido.
El Comité Provincial del Partido prestó especial atención a la rectificación del Partido y a la lucha contra la autoevolución y autotransformación.
En cinco años se admitieron 6.215 nuevos miembros del Partido, muchos de ellos en las zonas de minorías étnicas.
La Comisión de Control del Comité Provincial del Partido examinó 312 organizaciones del Partido y sancionó a 187 miembros del Partido.
Se cumplieron y superaron 24 de los 26 objetivos principales fijados por la resolución del congreso anterior.
El congreso señaló también las limitaciones: el crecimiento no fue sostenible y la reforma administrativa fue lenta en algunas localidades.
El número de quejas y denuncias sigue siendo alto, y algunos cuadros y funcionarios aún no muestran un sentido de responsabilidad elevado.
El congreso eligió el Comité Provincial del Partido del mandato 2020-2025, compuesto por 51 miembros.
A continuación, el Comité Provincial del Partido eligió el Comité Permanente del Comité Provincial del Partido, de 15 miembros, y la Comisión de Control, de 11 miembros.
La camarada Lam Thi Phuong Thanh fue reelegida secretaria del Comité Provincial del Partido, y los camaradas Ho Tien Thieu y Doan Thu Ha fueron elegidos vicesecretarios.
El camarada Ho Tien Thieu, vicesecretario permanente del Comité Provincial del Partido, presentó el proyecto de resolución del congreso.
La resolución fija el objetivo de un crecimiento medio del 8,5 % al 9 % anual y de un ingreso per cápita de 65 millones de dongs en 2025.
Para 2025, el 100 % de las comunas tendrá carreteras asfaltadas hasta el centro comunal, y otras diez comunas cumplirán los criterios de las nuevas zonas rurales.
La provincia se esforzará por que los ingresos del presupuesto del Estado en la localidad alcancen los 10 billones de dongs.
El congreso definió también tres avances estratégicos: la infraestructura fronteriza, la reforma administrativa y la formación de recursos humanos.
Se reducirá la plantilla en al menos un 10 % y se reorganizará el aparato del sistema político para que sea ágil, eficaz y eficiente.
Se reforzarán el control y la supervisión, así como la prevención y lucha contra la corrupción, en los organismos estatales.
Los cuadros, funcionarios y empleados públicos deben dar ejemplo y poner al pueblo en el centro de su trabajo.
El congreso aprobó por unanimidad la resolución y eligió a 13 delegados al XIII Congreso Nacional del Partido.
El congreso se clausuró en la tarde del 15 de octubre de 2020, a las 16:30.
El Comité provincial del Frente de la Patria de Binh Dinh celebra una conferencia sobre la supervisión de la recepción de ciudadanos y la resolución de quejas y denuncias.
El 21 de septiembre de 2023, en la ciudad de Quy Nhon, el Comité provincial del Frente de la Patria celebró la conferencia de balance de la supervisión de los nueve primeros meses del año.
Presidió la conferencia el camarada Ho Van Nhan, presidente del Comité provincial del Frente de la Patria.
Asistieron representantes de la Delegación de diputados de la Asamblea Nacional de la provincia, del Consejo Popular provincial, del Comité Popular provincial y de la Inspección provincial.
En los nueve primeros meses, los organismos de la provincia recibieron a 4.852 ciudadanos en 3.127 sesiones de recepción.
Recibieron 2.960 escritos, entre ellos 1.845 quejas, 312 denuncias y 803 peticiones y sugerencias.
Las autoridades de todos los niveles resolvieron 1.702 quejas y denuncias, el 92,3 % de las que eran de su competencia.
El Frente de todos los niveles organizó 146 sesiones de supervisión temática, centradas en la compensación, apoyo y reasentamiento y en el despeje de terrenos.
Muchas quejas se refieren a la tierra, al reasentamiento y al régimen y políticas de las personas con méritos revolucionarios.
La Junta de Inspección Popular de las comunas y barrios supervisó 418 casos y formuló 97 peticiones.
La Junta de Supervisión Comunitaria de Inversiones supervisó 265 obras, de las cuales 41 presentaban deficiencias.
Los comités del Partido y las autoridades han escuchado las opiniones, peticiones y recomendaciones de los votantes.
Los diputados de la Asamblea Nacional y del Consejo Popular celebraron 38 encuentros con los votantes de la provincia.
El Frente recogió además 1.236 opiniones y aspiraciones legítimas de los votantes y las trasladó a la sesión del Consejo Popular provincial.
La conferencia constató que la recepción de ciudadanos en la sede del Comité Popular provincial se lleva a cabo periódicamente, el día 15 de cada mes.
El presidente del Comité Popular provincial recibió directamente a los ciudadanos en 11 sesiones y mantuvo el diálogo con el pueblo en 4 casos complejos.
Sin embargo, algunas quejas se resolvieron con retraso y algunos casos se prolongaron durante años, lo que generó focos de tensión.
En algunas localidades, los cuadros y funcionarios encargados de la recepción de ciudadanos carecen aún de conocimientos jurídicos.
Algunas quejas y denuncias se enviaron a varios niveles de forma reiterada, aunque ya habían sido resueltas conforme a la ley.
El camarada Ho Van Nhan pidió al Frente de todos los niveles que reforzara la supervisión y crítica social.
Hay que proteger los derechos e intereses legítimos y legales del pueblo y atender a tiempo sus aspiraciones legítimas.
Los comités del Partido deben dirigir la resolución de quejas y denuncias desde las bases, sin dejar que se conviertan en focos de tensión.
También hay que reforzar el papel de las personas de prestigio y de los dignatarios religiosos en las zonas residenciales.
Los cuadros que reciben a los ciudadanos deben tener una actitud de servicio y estar cerca del pueblo, cerca de las bases.
En el cuarto trimestre, el Frente provincial supervisará la resolución de las quejas pendientes desde los años noventa en 3 distritos y en la ciudad de Quy Nhon.
En la conferencia, el Comité provincial del Frente de la Patria otorgó elogio y recompensa a 25 colectivos y 40 individuos destacados.
Asimismo, se firmó el programa de coordinación entre el Frente y la Inspección provincial para el periodo 2023-2025.
El programa prevé el intercambio de información sobre las quejas, denuncias, peticiones y sugerencias de los ciudadanos cada tres meses.
Las reuniones se celebrarán a las 8:00 del primer lunes de cada trimestre en la sede del Comité provincial del Frente de la Patria.
La conferencia concluyó con el compromiso de que el pueblo sabe, el pueblo discute, el pueblo hace, el pueblo supervisa.
Quang Ngai lleva a cabo la revisión preliminar de la reforma administrativa en los seis primeros meses de 2024.
El 12 de julio de 2024, el Comité Popular de la provincia de Quang Ngai celebró la conferencia de revisión semestral sobre reforma administrativa y transformación digital.
El vicepresidente del Comité Popular provincial, Vo Thanh Tam, presidió la conferencia.
Asistieron a la conferencia los directores de los departamentos, los jefes de los organismos de nivel provincial y los presidentes de los Comités Populares de los distritos y de la ciudad.
En los seis primeros meses, la provincia recibió 215.480 expedientes de trámites administrativos, de los cuales el 98,7 % se resolvió a tiempo o antes de plazo.
Todos los 1.864 trámites administrativos se han publicado en el Portal Nacional de Servicios Públicos y en las sedes de los Comités Populares de todos los niveles.
El mecanismo de ventanilla única y el mecanismo de ventanilla única interconectada se aplican en el 100 % de los organismos y unidades.
La tasa de expedientes presentados mediante servicios públicos en línea alcanzó el 42,6 %, 15 puntos más que en el mismo periodo de 2023.
La provincia también ha digitalizado el 61 % de los resultados de la resolución de trámites administrativos en la oficina de recepción y entrega de resultados.
El Índice de Reforma Administrativa de 2023 de la provincia ocupó el puesto 41 de 63 provincias y ciudades, subiendo nueve puestos.
El índice de satisfacción con los servicios administrativos públicos alcanzó el 82,15 %, mientras que el PAPI alcanzó 42,87 puntos.
Sin embargo, el Índice de Competitividad Provincial (PCI) bajó cinco puestos y no corresponde al potencial de la localidad.
La provincia completó el reordenamiento de las unidades administrativas de nivel comunal del periodo 2023-2025, con una reducción de 12 unidades.
La plantilla se ha reducido en 356 personas de acuerdo con el mapa de puestos de trabajo aprobado.
La reducción de plantilla se lleva a cabo junto con la contratación, el nombramiento y la rotación de cuadros, sobre la base de los puestos de trabajo.
La disciplina administrativa y la cultura del servicio público de los cuadros, funcionarios y empleados públicos siguen reforzándose.
En el primer semestre, el Departamento del Interior llevó a cabo inspecciones de la función pública en 46 organismos y unidades.
La inspección detectó 23 casos de violación de la disciplina administrativa y propuso sancionar a 31 cuadros y funcionarios.
La recepción de ciudadanos y la resolución de quejas y denuncias relacionadas con los trámites administrativos se llevan a cabo conforme a la normativa.
La provincia recibió 146 peticiones y observaciones de ciudadanos y empresas sobre los trámites administrativos, y todas han sido atendidas.
La transformación digital y la construcción del gobierno electrónico registraron avances claros.
El 100 % de las comunas está conectado al sistema de información para la tramitación de procedimientos administrativos de la provincia.
El sistema de nóminas de los empleados también se ha digitalizado en preparación de la reforma salarial a partir del 1 de julio de 2024.
Sin embargo, en algunas localidades, la implementación del servicio público en línea todavía es formal y el número de expedientes atrasados sigue siendo alto.
Algunos cuadros y funcionarios aún no muestran un alto sentido de responsabilidad ni actitud de servicio hacia los ciudadanos.
Al clausurar la conferencia, el vicepresidente del Comité Popular provincial pidió a los directores de departamento que elevaran la rendición de cuentas de los jefes.
Los organismos y unidades deben revisar y reducir al menos el 20 % de los trámites administrativos y el 30 % de los costes de cumplimiento en 2024.
Los servicios públicos en línea deben convertirse en la forma principal para que ciudadanos y empresas realicen sus trámites administrativos.
Además, es necesario acelerar la implementación del Proyecto 06 sobre datos de población e identificación electrónica.
El Comité Popular provincial también pidió reforzar la disciplina administrativa, así como el control y la supervisión de la ejecución de las tareas públicas.
La conferencia se clausuró a las 11:30 del mismo día.
La Comisión de Movilización de Masas del Comité Provincial del Partido de Gia Lai lleva a cabo la revisión final del movimiento de emulación Movilización de masas hábil del periodo 2019-2024.
El 18 de octubre de 2024, en la ciudad de Pleiku, la Comisión de Movilización de Masas del Comité Provincial del Partido organizó la conferencia de revisión final de cinco años del movimiento.
El camarada Ksor Y Nhai, miembro del Comité Permanente del Comité Provincial del Partido y jefe de la Comisión de Movilización de Masas del Comité Provincial del Partido, presidió la conferencia.
Durante cinco años, el movimiento de emulación Movilización de masas hábil se ha extendido ampliamente a todos los niveles, sectores y zonas residenciales.
En toda la provincia hay 7.842 modelos de movilización de masas hábil, incluidos 2.315 modelos en las zonas de minorías étnicas.
Estos modelos ayudaron a construir 1.240 km de caminos rurales y 356 viviendas para hogares pobres.
La población donó más de 450.000 metros cuadrados de tierra para abrir caminos rurales.
También aportaron 2.350 millones de dongs y 86.000 jornadas de trabajo para la construcción de nuevas zonas rurales.
El trabajo de movilización de masas en las zonas de minorías étnicas recibió especial atención.
Los comités del Partido y las autoridades de todos los niveles se reunieron periódicamente con las personas de prestigio, los dignatarios religiosos y los jefes de aldea.
La provincia cuenta con 1.183 personas de prestigio entre las minorías étnicas que movilizan activamente a las masas.
Ayudaron a resolver 214 casos de disputas en los caseríos y en las aldeas étnicas, y contribuyeron a mantener la seguridad política.
La movilización de masas de las autoridades se siguió reforzando, sobre todo en la reforma administrativa y la recepción de ciudadanos.
La Comisión de Movilización de Masas se coordinó con el Frente y las organizaciones de masas para comprender la situación del pueblo en cada aldea.
La Unión de Mujeres provincial, la Asociación de Agricultores provincial, la Unión de Jóvenes y la Asociación de Veteranos lanzaron muchos modelos prácticos.
El modelo "Casa de la Gran Unidad" del Frente y el modelo "Caminos rurales iluminados" de la Unión de Jóvenes fueron bien acogidos por la población.
Desde 2019 se han construido en la provincia 2.460 Casas de la Gran Unidad para hogares pobres, con una financiación total de más de 98 mil millones de dongs.
La tasa de hogares pobres en las zonas de minorías étnicas bajó una media del 3,2 % anual.
La implementación del Reglamento de Democracia de Base se vincula con el lema "el pueblo sabe, discute, hace, inspecciona, supervisa y se beneficia".
Sin embargo, el trabajo de movilización de masas en algunos lugares todavía es formal y no está cerca del pueblo, cerca de las bases.
Algunos cuadros aún no respetan, se acercan, comprenden, aprenden del pueblo ni son responsables ante él.
La conferencia otorgó elogio y recompensa a 32 colectivos y 58 individuos destacados en el movimiento.
En el periodo 2025-2030, la Comisión de Movilización de Masas seguirá implementando la Resolución n.º 25-NQ/TW sobre el trabajo de movilización de masas.
La Comisión asesorará al comité del Partido para resolver a tiempo los problemas sociales pendientes en las zonas residenciales.
El movimiento de emulación Movilización de masas hábil debe vincularse a la nueva ruralidad y a la reducción sostenible de la pobreza.
En 2025, la provincia se propone crear 350 nuevos modelos, al menos dos en cada comuna.
Los Comités del Partido del distrito y los Comités del Partido de la ciudad deben dirigir estrechamente la movilización de masas de las autoridades.
La conferencia se clausuró a las 5 de la tarde del mismo día.
En esta ocasión, 12 cuadros de movilización de masas de nivel comunal recibieron elogio y recompensa del Comité Popular provincial.

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
